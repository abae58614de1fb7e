/** The server's length limits for a project's fields (Project.Max*Length), so a form refuses what the server would. */
export const PROJECT_LIMITS = { name: 200, party: 200, text: 1000, territoryCode: 16 } as const;
