import { editRoute } from '../features/offers-needs/listing-routes';

export const { loader, action, Component } = editRoute('need');
