/** The settings' defaults: under the reserved .invalid domain, so an export before IT set them is visibly unset. */
export const FHIR_PLACEHOLDER_HOST = 'chairside.invalid';
