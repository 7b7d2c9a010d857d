/** Names and values shared by the tree and plan generators. */

export const SERVICES = [
  'billing', 'checkout', 'catalog', 'identity', 'search', 'payments', 'ledger', 'notify', 'reporting', 'ingest',
  'orders', 'pricing', 'inventory', 'shipping', 'returns', 'loyalty', 'profile', 'media', 'analytics', 'gateway',
  'scheduler', 'audit', 'export', 'import', 'forecast', 'fraud', 'kyc', 'support', 'chat', 'docs',
];

export const ENVIRONMENTS = ['dev', 'test', 'staging', 'prod'];

export const REGIONS = ['westeurope', 'northeurope', 'swedencentral', 'germanywestcentral', 'uksouth', 'francecentral', 'eastus2', 'centralus'];

export const SHORT_REGION = {
  westeurope: 'weu', northeurope: 'neu', swedencentral: 'sec', germanywestcentral: 'gwc',
  uksouth: 'uks', francecentral: 'frc', eastus2: 'eus2', centralus: 'cus',
};

/**
 * Artifact Cache rules a platform team would write. Target repositories are distinct and
 * none is a wildcard, so no two rules overlap. `dockerHub` rules need a credential set.
 */
export const CACHE_RULES = [
  { key: 'nginx', source: 'docker.io/library/nginx', target: 'nginx', dockerHub: true },
  { key: 'redis', source: 'docker.io/library/redis', target: 'redis', dockerHub: true },
  { key: 'postgres', source: 'docker.io/library/postgres', target: 'postgres', dockerHub: true },
  { key: 'dotnet-runtime', source: 'mcr.microsoft.com/dotnet/runtime', target: 'dotnet/runtime', dockerHub: false },
  { key: 'aspnet', source: 'mcr.microsoft.com/dotnet/aspnet', target: 'dotnet/aspnet', dockerHub: false },
  { key: 'azure-cli', source: 'mcr.microsoft.com/azure-cli', target: 'azure-cli', dockerHub: false },
  { key: 'actions-runner', source: 'ghcr.io/actions/actions-runner', target: 'actions/actions-runner', dockerHub: false },
  { key: 'node-exporter', source: 'quay.io/prometheus/node-exporter', target: 'prometheus/node-exporter', dockerHub: false },
  { key: 'ingress-nginx', source: 'registry.k8s.io/ingress-nginx/controller', target: 'ingress-nginx/controller', dockerHub: false },
  { key: 'busybox', source: 'public.ecr.aws/docker/library/busybox', target: 'busybox', dockerHub: false },
];

export const SUBSCRIPTION = '3f2c9a1e-7b4d-4c55-9e0a-1d2b3c4d5e6f';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
