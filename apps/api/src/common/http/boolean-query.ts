import { Transform } from 'class-transformer';

/** Query strings carry text: "true"/"false" become booleans, anything else stays and fails @IsBoolean. */
export const BooleanQuery = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
