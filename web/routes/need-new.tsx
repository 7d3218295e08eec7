import { newRoute } from '../features/offers-needs/listing-routes';

export const { loader, action, Component } = newRoute('need');
