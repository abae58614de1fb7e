import { nameOtherProviders } from './permission-providers';

describe('nameOtherProviders', () => {
  const answer = {
    entityDisplayName: 'housing',
    groups: [
      {
        name: 'Dalad',
        permissions: [
          { name: 'Dalad.Cases', grantedProviders: [{ providerName: 'R', providerKey: '承办人' }, { providerName: 'U', providerKey: 'u1' }] },
          { name: 'Dalad.Search', grantedProviders: [] },
        ],
      },
    ],
  };

  it("names the grants of other providers in a user's dialog and keeps the user's own code", () => {
    const named = nameOtherProviders(answer, 'U', code => ({ R: 'Role' })[code] ?? code);
    expect(named.groups![0].permissions![0].grantedProviders).toEqual([
      { providerName: 'Role', providerKey: '承办人' },
      { providerName: 'U', providerKey: 'u1' },
    ]);
    expect(named.groups![0].permissions![1].grantedProviders).toEqual([]);
    expect(answer.groups[0].permissions[0].grantedProviders[0].providerName).toBe('R'); // the answer itself is not changed
  });

  it("keeps a role's own grants as they are in the role's dialog", () => {
    const named = nameOtherProviders(answer, 'R', () => 'Role');
    expect(named.groups![0].permissions![0].grantedProviders![0]).toEqual({ providerName: 'R', providerKey: '承办人' });
  });
});
