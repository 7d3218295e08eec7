import { detailRoute } from '../features/offers-needs/listing-routes';

export const { loader, action, Component } = detailRoute('offer');
