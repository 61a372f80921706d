/** Small builders for the alert rule tests: an alertable item with deadlines, and the default rules with overrides. */
import type { Deadline } from '../../../shared/schema.ts';
import type { AlertItem } from '../../../shared/alerts.ts';
import { defaultAlertRules } from '../../../shared/alerts.ts';
import type { AlertRules } from '../../../shared/alerts.ts';

export function deadline(date: string, extra: Partial<Deadline> = {}): Deadline {
  return { date, label: 'Antragsfrist', kind: 'application', ...extra };
}

export type TestItem = AlertItem & { title: string; url: string | null };

export function item(deadlines: Deadline[], extra: Partial<TestItem> = {}): TestItem {
  return { id: '0190a7f0-0000-7000-8000-000000000001', status: 'watching', deleted: false, deadlines, title: 'Nakopa 2026', url: 'https://example.org/nakopa', ...extra };
}

export function rules(extra: Partial<AlertRules> = {}): AlertRules {
  return { ...defaultAlertRules(), ...extra };
}
