/**
 * @module services/heating
 * New-energy heating (京发改〔2023〕1309号) on the platform: the project register, meter readings
 * (spreadsheet or API), the post-evaluation report per project and season, the design check, and
 * the statistics bureau's yearly figures with their progress towards the targets.
 */
export * from './figures.ts';
export * from './projects.ts';
export * from './readings.ts';
export * from './report.ts';
