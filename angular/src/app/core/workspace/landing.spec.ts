import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { DepartmentDescription } from '../departments';
import { landingCommands, workspaceView } from './landing';

const housing: WorkspaceEntryDto = { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'housing' };
const civil: WorkspaceEntryDto = { bodyCode: 'civil-affairs', bodyName: 'Civil affairs', kind: 'industry', workspace: 'generic' };
const jointOffice: WorkspaceEntryDto = {
  bodyCode: 'joint-office',
  bodyName: 'Joint office',
  kind: 'coordination',
  workspace: 'coordination',
};

describe('landingCommands', () => {
  it('sends a member of one body straight to its workspace', () => {
    expect(landingCommands([housing])).toEqual(['/workspace', 'housing']);
    expect(landingCommands([housing], 'transport')).toEqual(['/workspace', 'housing']);
  });

  it('sends a member of several bodies to the picker', () => {
    expect(landingCommands([housing, civil])).toEqual(['/workspace']);
    expect(landingCommands([housing, civil], null)).toEqual(['/workspace']);
  });

  it('sends a member of several bodies to the body chosen last time', () => {
    expect(landingCommands([housing, civil], 'civil-affairs')).toEqual(['/workspace', 'civil-affairs']);
  });

  it('ignores a remembered body the user no longer belongs to', () => {
    expect(landingCommands([housing, civil], 'water')).toEqual(['/workspace']);
  });

  it('sends a user without any body to the picker (which explains it)', () => {
    expect(landingCommands([], 'housing')).toEqual(['/workspace']);
  });

  it('sends the joint office to its workspace', () => {
    expect(landingCommands([jointOffice])).toEqual(['/workspace', 'joint-office']);
  });
});

describe('workspaceView', () => {
  const served = [{ key: 'housing' } as DepartmentDescription];

  it('opens the overview of all bodies for the joint office', () => {
    expect(workspaceView(jointOffice, served)).toEqual({ type: 'coordination' });
  });

  it('opens the department the server describes for a body it serves', () => {
    const view = workspaceView(housing, served);
    expect(view.type).toBe('department');
    expect(view.type === 'department' && view.department.key).toBe('housing');
  });

  it('opens the generic workspace for a body without a department', () => {
    expect(workspaceView(civil, served)).toEqual({ type: 'generic' });
  });

  it('opens the generic workspace for a department the user is not served (no permission)', () => {
    expect(workspaceView({ workspace: 'health' }, served)).toEqual({ type: 'generic' });
  });
});
