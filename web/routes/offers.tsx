import { listRoute } from '../features/offers-needs/listing-routes';

export const { loader, Component } = listRoute('offer');
