/**
 * @module web/pages/air-vehicle-page
 * `/air/vehicle-check`, public: may this vehicle drive on a date under an alert level
 * (三(二)3, 三(三)3)? The date defaults to today in Asia/Shanghai and the level to the alert in
 * force, until the user picks others.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { useApp } from '../app-context.tsx';
import { AirVehicleForm } from '../components/air-vehicle-form.tsx';
import { AirVehicleResult } from '../components/air-vehicle-result.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { useAsync } from '../hooks/use-async.ts';
import type { VehicleCheckInput, VehicleCheckResult } from '../lib/air-types.ts';
import { type VehicleForm, vehicleBody } from '../lib/air-vehicle.ts';

const BLANK: VehicleForm = {
  plate: '',
  date: '',
  alertLevel: 'none',
  vehicleClass: 'light_passenger',
  fuel: 'gasoline',
  emissionStandard: 6,
  officialVehicle: false,
  supplyExempt: false,
};

export function AirVehiclePage() {
  const { t } = useTranslation();
  const { today } = useApp();
  const current = useAsync((signal) => api.air.current(signal), []);
  // Date and level follow their defaults (today, the alert in force) until the user sets them.
  const [form, setForm] = useState<VehicleForm>(BLANK);
  const [touched, setTouched] = useState<{ date: boolean; alertLevel: boolean }>({
    date: false,
    alertLevel: false,
  });
  const [answer, setAnswer] = useState<{ result: VehicleCheckResult; input: VehicleCheckInput } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [plateMissing, setPlateMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const effective: VehicleForm = {
    ...form,
    date: touched.date && form.date ? form.date : today,
    alertLevel: touched.alertLevel ? form.alertLevel : (current.data?.alert?.level ?? 'none'),
  };

  const onChange = (patch: Partial<VehicleForm>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    setTouched((prev) => ({
      date: prev.date || 'date' in patch,
      alertLevel: prev.alertLevel || 'alertLevel' in patch,
    }));
    if ('plate' in patch) setPlateMissing(false);
    setError(null);
  };

  const onSubmit = () => {
    const input = vehicleBody(effective);
    if (!input.plate) {
      setPlateMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    api.air.vehicleCheck(input).then(
      (result) => {
        setBusy(false);
        setAnswer({ result, input });
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        setAnswer(null);
      },
    );
  };

  const onReset = () => {
    setForm(BLANK);
    setTouched({ date: false, alertLevel: false });
    setAnswer(null);
    setError(null);
    setPlateMissing(false);
  };

  return (
    <div className="air-page">
      <title>{`${t('air.vehicle.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>
      <p className="air-back">
        <Link to="/air">← {t('air.alert.title')}</Link>
      </p>
      <header className="page-head">
        <h1>{t('air.vehicle.title')}</h1>
        <p className="lead">{t('air.vehicle.lead')}</p>
      </header>
      <div className="air-two">
        <AirVehicleForm
          form={effective}
          error={error}
          plateMissing={plateMissing}
          busy={busy}
          onChange={onChange}
          onSubmit={onSubmit}
          onReset={onReset}
        />
        <div>
          {error ? <ErrorMessage error={error} /> : null}
          {answer ? <AirVehicleResult result={answer.result} input={answer.input} /> : null}
        </div>
      </div>
    </div>
  );
}
