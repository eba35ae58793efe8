// Institutions of a country ("the Kestrian government", "Kestria's army") are linked to the country's actor at
// import, the link is saved in the library, and filtering by the country shows what its institutions said.
// Real lowdb files in a temp dir; invented articles about a fictional country.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, pathItems, removeDir, tempDir } from '../../helpers/temp-library';

let dir: string;
let inbox: string;
beforeEach(async () => {
  dir = await tempDir();
  inbox = path.join(dir, 'inbox');
  await mkdir(inbox);
  await writeFile(
    path.join(inbox, 'border.txt'),
    'Border talks\n\nKestria said on Monday that the border with Norvania would stay open for trucks. ' +
      'The Kestrian government later said that talks with its neighbour would resume in April.\n',
  );
  await writeFile(
    path.join(inbox, 'drills.txt'),
    'River drills\n\nKestria’s army said the drills near the river would continue next week. ' +
      'Mayor Ilse Varga said the bridge over the river would reopen in May.\n',
  );
});
afterEach(async () => removeDir(dir));

describe('country links', () => {
  it('links institutions to their country at import and filters by the country include them', async () => {
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const actors = await wb.listActors();
    const byName = (n: string) => actors.find((a) => a.name === n);
    const kestria = byName('Kestria');
    expect(kestria?.type).toBe('country');
    const government = byName('Government of Kestria');
    const army = byName('Army of Kestria');
    expect(government).toMatchObject({ type: 'organisation', countryId: kestria?.id });
    expect(army).toMatchObject({ type: 'organisation', countryId: kestria?.id });
    expect(byName('Ilse Varga')?.countryId).toBeUndefined();

    const speakers = async (actorIds: string[]) =>
      (await wb.queryTimeline({ actorIds })).rows.map((r) => r.speakerName).sort();
    expect(await speakers([kestria!.id])).toEqual(['Army of Kestria', 'Government of Kestria', 'Kestria']);
    // an institution alone stays alone
    expect(await speakers([government!.id])).toEqual(['Government of Kestria']);
    expect((await wb.queryCharts({ actorIds: [kestria!.id] })).totals.statements).toBe(3);
    expect((await wb.queryReviewQueue({ actorIds: [kestria!.id] })).total).toBe(3);
    await wb.close();

    // the links are in the library files: a later import finds the same country and institution
    const again = await openWorkbench(dir);
    await writeFile(
      path.join(inbox, 'later.txt'),
      'Talks resume\n\nThe Kestrian government said on Friday that the talks had gone well and would go on.\n',
    );
    await again.importFiles(pathItems(path.join(inbox, 'later.txt')));
    const after = await again.listActors();
    expect(after.filter((a) => a.name === 'Kestria')).toHaveLength(1);
    expect(after.find((a) => a.name === 'Government of Kestria')?.countryId).toBe(kestria?.id);
    expect((await again.queryTimeline({ actorIds: [kestria!.id] })).total).toBe(4);
    await again.close();
  });

  it('a merge of two country actors keeps their institutions linked to the one that remains, undoably', async () => {
    await writeFile(
      path.join(inbox, 'republic.txt'),
      'Republic talks\n\nThe Republic of Kestria said on Sunday that the ferry would run again from May.\n',
    );
    const wb = await openWorkbench(dir);
    await wb.importFiles(pathItems(inbox));
    const actors = await wb.listActors();
    const kestria = actors.find((a) => a.name === 'Kestria')!;
    const republic = actors.find((a) => a.name === 'Republic of Kestria')!;
    expect(republic).toBeDefined();
    await wb.mergeActors([kestria.id], republic.id);
    const after = await wb.listActors();
    expect(after.find((a) => a.name === 'Government of Kestria')?.countryId).toBe(republic.id);
    expect((await wb.queryTimeline({ actorIds: [republic.id] })).total).toBe(4);
    await wb.undo();
    expect((await wb.listActors()).find((a) => a.name === 'Government of Kestria')?.countryId).toBe(kestria.id);
    await wb.close();
  });
});
