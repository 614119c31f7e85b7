/**
 * @module web/components/air-vehicle-form
 * The vehicle check's form: plate, date (today by default), alert level (the one in force by
 * default), class, fuel, emission standard, official and supply-exempt. A field the API rejects
 * is marked with the API's words.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertLevelOrNone, Fuel, VehicleClass } from '../lib/air-types.ts';
import {
  EMISSION_STANDARDS,
  FUELS,
  LEVEL_CHOICES,
  VEHICLE_CLASSES,
  type VehicleForm,
  vehicleFieldOf,
} from '../lib/air-vehicle.ts';
import { AirField, useApiFieldProblem } from './air-field.tsx';

export function AirVehicleForm({
  form,
  error,
  plateMissing,
  busy,
  onChange,
  onSubmit,
  onReset,
}: {
  form: VehicleForm;
  error: unknown;
  plateMissing: boolean;
  busy: boolean;
  onChange: (patch: Partial<VehicleForm>) => void;
  onSubmit: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiFieldProblem(error, vehicleFieldOf);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="card air-form" onSubmit={submit} noValidate aria-labelledby="vehicle-form-title">
      <h2 id="vehicle-form-title" className="visually-hidden">
        {t('air.vehicle.title')}
      </h2>
      <div className="air-form-grid">
        <AirField
          label={t('air.vehicle.plate')}
          hint={t('air.vehicle.plateHint')}
          problem={plateMissing ? t('air.vehicle.required') : problem('plate')}
        >
          {(a) => (
            <input
              {...a}
              className="air-plate-input"
              name="plate"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-required
              value={form.plate}
              onChange={(e) => onChange({ plate: e.target.value })}
            />
          )}
        </AirField>
        <AirField label={t('air.vehicle.date')} problem={problem('date')}>
          {(a) => (
            <input
              {...a}
              type="date"
              name="date"
              value={form.date}
              onChange={(e) => onChange({ date: e.target.value })}
            />
          )}
        </AirField>
        <AirField
          label={t('air.vehicle.alertLevel')}
          hint={t('air.vehicle.alertLevelHint')}
          problem={problem('alertLevel')}
        >
          {(a) => (
            <select
              {...a}
              name="alertLevel"
              value={form.alertLevel}
              onChange={(e) => onChange({ alertLevel: e.target.value as AlertLevelOrNone })}
            >
              {LEVEL_CHOICES.map((l) => (
                <option key={l} value={l}>
                  {t(`air.levels.${l}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
        <AirField label={t('air.vehicle.vehicleClass')} problem={problem('vehicleClass')}>
          {(a) => (
            <select
              {...a}
              name="vehicleClass"
              value={form.vehicleClass}
              onChange={(e) => onChange({ vehicleClass: e.target.value as VehicleClass })}
            >
              {VEHICLE_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {t(`air.vehicle.classes.${c}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
        <AirField label={t('air.vehicle.fuel')} problem={problem('fuel')}>
          {(a) => (
            <select
              {...a}
              name="fuel"
              value={form.fuel}
              onChange={(e) => onChange({ fuel: e.target.value as Fuel })}
            >
              {FUELS.map((f) => (
                <option key={f} value={f}>
                  {t(`air.vehicle.fuels.${f}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
        <AirField label={t('air.vehicle.emissionStandard')} problem={problem('emissionStandard')}>
          {(a) => (
            <select
              {...a}
              name="emissionStandard"
              value={String(form.emissionStandard)}
              onChange={(e) => onChange({ emissionStandard: Number(e.target.value) })}
            >
              {EMISSION_STANDARDS.map((s) => (
                <option key={s} value={String(s)}>
                  {t(`air.vehicle.standards.s${s}`)}
                </option>
              ))}
            </select>
          )}
        </AirField>
      </div>
      <div className="air-checks">
        <label className={`air-check${problem('officialVehicle') ? ' has-error' : ''}`}>
          <input
            type="checkbox"
            name="officialVehicle"
            checked={form.officialVehicle}
            onChange={(e) => onChange({ officialVehicle: e.target.checked })}
          />
          <span>{t('air.vehicle.officialVehicle')}</span>
        </label>
        <label className={`air-check${problem('supplyExempt') ? ' has-error' : ''}`}>
          <input
            type="checkbox"
            name="supplyExempt"
            checked={form.supplyExempt}
            onChange={(e) => onChange({ supplyExempt: e.target.checked })}
          />
          <span>{t('air.vehicle.supplyExempt')}</span>
        </label>
        {problem('officialVehicle') || problem('supplyExempt') ? (
          <p className="field-error">{problem('officialVehicle') ?? problem('supplyExempt')}</p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary air-submit" disabled={busy}>
          {busy ? t('air.vehicle.checking') : t('air.vehicle.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {t('air.vehicle.reset')}
        </button>
      </div>
    </form>
  );
}
