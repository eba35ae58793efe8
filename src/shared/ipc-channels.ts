export const API_CHANNEL = 'soundbite:api';
export const EVENT_CHANNEL = 'soundbite:event';
