/**
 * @module services/buildings
 * Green and ultra-low-energy buildings (京技管发〔2023〕30号) on the platform: building projects,
 * the stage-gate checklist of 七 recorded by each department, and the targets of 四.
 */
export * from './gates.ts';
export * from './projects.ts';
export * from './targets.ts';
