/**
 * The parts of GitHub's workflow syntax our workflows use, as a draft-07 JSON schema. It follows
 * the published schema, SchemaStore's src/schemas/json/github-workflow.json
 * (https://json.schemastore.org/github-workflow.json; read through the code-search corpus:
 * no npm package ships it and it cannot be downloaded at test time): the same top-level keys,
 * job-id pattern, job and step keys, `uses` xor `run`, event filters and permission levels, with
 * additionalProperties: false wherever that schema has it, so a misspelt key fails as it would
 * in GitHub's own check. Kinds of trigger we do not use are left out rather than guessed.
 */
const expression = { type: 'string', pattern: '^\\$\\{\\{[\\s\\S]*\\}\\}$' };
const env = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] }, minProperties: 1 };
const globs = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };
const permissionLevel = { type: 'string', enum: ['read', 'write', 'none'] };
const permissionScopes = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models',
  'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
];
const permissions = {
  oneOf: [
    { type: 'string', enum: ['read-all', 'write-all'] },
    {
      type: 'object', minProperties: 1, additionalProperties: false,
      properties: Object.fromEntries(permissionScopes.map((s) => [s, permissionLevel])),
    },
  ],
};
const refFilter = {
  oneOf: [
    {
      type: 'object', additionalProperties: false,
      properties: {
        branches: globs, 'branches-ignore': globs, tags: globs, 'tags-ignore': globs, paths: globs, 'paths-ignore': globs,
        types: { type: 'array', items: { type: 'string' }, minItems: 1 },
      },
      allOf: [
        { not: { required: ['branches', 'branches-ignore'] } },
        { not: { required: ['tags', 'tags-ignore'] } },
        { not: { required: ['paths', 'paths-ignore'] } },
      ],
    },
    { type: 'null' },
  ],
};
const events = ['push', 'pull_request', 'pull_request_target', 'release', 'workflow_dispatch', 'workflow_call', 'schedule', 'create', 'delete'];
const concurrency = {
  oneOf: [
    { type: 'string' },
    { type: 'object', required: ['group'], additionalProperties: false, properties: { group: { type: 'string' }, 'cancel-in-progress': { type: ['boolean', 'string'] } } },
  ],
};
const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string' }, if: { type: ['string', 'boolean', 'number'] }, name: { type: 'string' },
    uses: { type: 'string' }, run: { type: 'string' }, 'working-directory': { type: 'string' },
    shell: { type: 'string' }, with: env, env, 'continue-on-error': { type: ['boolean', 'string'] },
    'timeout-minutes': { type: ['number', 'string'] },
  },
  oneOf: [{ required: ['uses'], not: { required: ['run'] } }, { required: ['run'], not: { required: ['uses'] } }],
};
const jobName = { type: 'string', pattern: '^[_a-zA-Z][a-zA-Z0-9_-]*$' };
const job = {
  type: 'object',
  additionalProperties: false,
  required: ['runs-on', 'steps'],
  properties: {
    name: { type: 'string' },
    needs: { oneOf: [{ type: 'array', items: jobName, minItems: 1 }, jobName] },
    permissions,
    'runs-on': { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }, expression] },
    environment: { oneOf: [{ type: 'string' }, { type: 'object', required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } }, additionalProperties: false }] },
    concurrency,
    outputs: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 },
    env,
    defaults: { type: 'object' },
    if: { type: ['string', 'boolean', 'number'] },
    steps: { type: 'array', items: step, minItems: 1 },
    'timeout-minutes': { type: ['number', 'string'] },
    strategy: { type: 'object' },
    'continue-on-error': { type: ['boolean', 'string'] },
    container: { type: ['string', 'object'] },
    services: { type: 'object' },
  },
};

export const githubWorkflowSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['on', 'jobs'],
  properties: {
    name: { type: 'string' },
    'run-name': { type: 'string' },
    on: {
      oneOf: [
        { type: 'string', enum: events },
        { type: 'array', items: { type: 'string', enum: events }, minItems: 1 },
        {
          type: 'object', additionalProperties: false, minProperties: 1,
          properties: {
            ...Object.fromEntries(events.map((e) => [e, refFilter])),
            workflow_dispatch: { oneOf: [{ type: 'object' }, { type: 'null' }] },
            schedule: { type: 'array', minItems: 1, items: { type: 'object', required: ['cron'], additionalProperties: false, properties: { cron: { type: 'string' } } } },
          },
        },
      ],
    },
    env,
    defaults: { type: 'object' },
    concurrency,
    permissions,
    jobs: { type: 'object', minProperties: 1, additionalProperties: false, patternProperties: { '^[_a-zA-Z][a-zA-Z0-9_-]*$': job } },
  },
} as const;
