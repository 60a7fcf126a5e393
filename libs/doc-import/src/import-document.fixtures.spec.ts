import { expectFixtureMatches } from './testing/expect-fixture';
import { fixtureNames, sampleOrgChart } from './testing/fixture-files';

// Each fixture is a letter of another kind or shape; its expected JSON sits beside it.
describe('importDocument on the fixture letters', () => {
  const charts = sampleOrgChart().charts;

  it.each(fixtureNames())('%s matches its expected JSON', async (name) => {
    await expectFixtureMatches(name, charts);
  });
});
