// Names used across the app, embeds, pictures and messages.
export const PRODUCT_NAME = "Event Atlas";
export const PRODUCT_SLUG = "event-atlas";
export const DATASET_NAME = process.env.DATASET_NAME || "Pakistan–Azerbaijan relations";
