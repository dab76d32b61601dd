export { useOwnerOptions, type OwnerOption } from '../../../shared/owners/use-owner-options';
