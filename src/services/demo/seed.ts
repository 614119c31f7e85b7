/**
 * @module services/demo/seed
 * Writes the synthetic demo E-Town into the database: the departments, the generated enterprises
 * and one user per role. Idempotent: enterprises are upserted, existing users are left alone.
 * Used by `zhengce demo seed` and by `npm start` on an empty database.
 */
import type { Store } from '../../store/db.ts';
import { findUserByUsername, setSetting } from '../../store/queries.ts';
import { createUser, syncDepartments, systemActor } from '../accounts/index.ts';
import { saveEnterprises } from '../enterprises/index.ts';
import { generateDemoEnterprises } from './demo-enterprises.ts';
import { DEMO_USERS, pickDemoEnterprise } from './demo-users.ts';
import { seedFieDemo } from './fie-demo.ts';
import { demoStanding, GREEN_DEMO_USERS, seedGreenDemo } from './green-demo.ts';
import { seedHeatingBuildingsDemo } from './heating-buildings-demo.ts';
import { DEMO_LABEL } from './vocabulary.ts';
import { seedWorkReliefDemo } from './work-relief-demo.ts';

export interface SeedReport {
  readonly label: { zh: string; en: string };
  readonly departments: number;
  readonly enterprises: number;
  readonly usersCreated: number;
  readonly usersExisting: number;
}

const ACTOR = systemActor('demo-seed');

/** Seeds the demo data; safe to run again. */
export async function seedDemo(store: Store, now = new Date()): Promise<SeedReport> {
  const departments = await syncDepartments(store);
  const enterprises = generateDemoEnterprises();
  await saveEnterprises(
    store,
    ACTOR,
    enterprises.map((e) => ({
      creditCode: e.creditCode,
      name: { zh: e.name, en: e.nameEn },
      area: e.area,
      location: { lat: e.location.lat.toFixed(6), lng: e.location.lng.toFixed(6) },
      industry: e.industry.name.zh,
      foreignInvested: e.foreignInvested,
      investorCountry: e.investorCountry,
      scale: e.scale,
      employees: e.employees,
      registeredOn: e.registeredOn,
      profile: {
        demoId: e.id,
        industryCode: e.industry.code,
        industryEn: e.industry.name.en,
        ...e.flags,
        standing: demoStanding(e.creditCode),
      },
      demo: true,
    })),
    now,
  );
  let usersCreated = 0;
  let usersExisting = 0;
  for (const u of DEMO_USERS) {
    if (await findUserByUsername(store.db, u.username)) {
      usersExisting++;
      continue;
    }
    await createUser(
      store,
      ACTOR,
      {
        username: u.username,
        password: u.password,
        role: u.role,
        displayNameZh: u.displayName.zh,
        displayNameEn: u.displayName.en,
        department: u.departmentCode,
        creditCode: u.creditCode,
      },
      now,
    );
    usersCreated++;
  }
  for (const u of GREEN_DEMO_USERS) {
    if (await findUserByUsername(store.db, u.username)) continue;
    await createUser(
      store,
      ACTOR,
      {
        username: u.username,
        password: u.password,
        role: u.role,
        displayNameZh: u.zh,
        displayNameEn: u.en,
        department: u.department,
      },
      now,
    );
  }
  await seedGreenDemo(store, ACTOR, enterprises, pickDemoEnterprise(enterprises)?.creditCode, now);
  await seedWorkReliefDemo(store, ACTOR, now);
  await seedHeatingBuildingsDemo(store, ACTOR, enterprises, pickDemoEnterprise(enterprises)?.creditCode, now);
  await seedFieDemo(store, ACTOR, enterprises, now);
  await setSetting(store.db, 'demo.seededAt', now.toISOString(), now.toISOString());
  return { label: DEMO_LABEL, departments, enterprises: enterprises.length, usersCreated, usersExisting };
}
