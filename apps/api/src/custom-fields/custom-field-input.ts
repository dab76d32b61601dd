/**
 * A write request without its custom field values: the record's own fields are stored
 * as given, the values through CustomFieldsService.valuesToWrite (the domain's check).
 */
export function withoutCustomFields<Request extends { customFields?: unknown }>(
  request: Request,
): Omit<Request, 'customFields'> {
  const rest = { ...request };
  delete rest.customFields;
  return rest;
}
