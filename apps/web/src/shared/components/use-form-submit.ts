import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../api/apply-field-errors';
import { describeProblem, type ProblemDescription } from '../api/describe-problem';

/** What a form in a modal or a drawer takes. */
export interface FormShellProps<TValues> {
  open: boolean;
  title: string;
  /** Field names of the form, so server field errors land under the right input. */
  fieldNames: readonly string[];
  initialValues?: Partial<TValues>;
  /** Does the work; a thrown problem is shown above the form, which then stays open. */
  onSubmit: (values: TValues) => Promise<void>;
  onClose: () => void;
  /** The fields, or a function of the form that returns them. */
  children: ReactNode | ((form: FormInstance<TValues>) => ReactNode);
}

interface FormSubmitOptions<TValues> {
  form: FormInstance<TValues>;
  /** Field names of the form, so server field errors land under the right input. */
  fieldNames: readonly string[];
  onSubmit: (values: TValues) => Promise<void>;
  /** Handles a failure its own way first (e.g. a 412); returns true when it did. */
  onFailure?: (error: unknown) => Promise<boolean>;
}

/**
 * Submits a form: saving while it runs, server field errors under their inputs, any other
 * problem kept for an alert above the form.
 */
export function useFormSubmit<TValues>({
  form,
  fieldNames,
  onSubmit,
  onFailure,
}: FormSubmitOptions<TValues>) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ProblemDescription | null>(null);

  const submit = async (values: TValues) => {
    setSaving(true);
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (onFailure && (await onFailure(error))) return;
      if (!applyFieldErrors(form, fieldNames, error)) setProblem(describeProblem(t, error));
    } finally {
      setSaving(false);
    }
  };

  return { saving, problem, submit };
}
