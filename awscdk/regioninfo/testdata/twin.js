// Asks aws-cdk-lib 2.276.0's region-info the questions regioninfo_test.go
// asks Strata's, and prints the answers as JSON (regen.sh writes them to
// expected.json).
'use strict';
const { Fact, FactName, RegionInfo, Default } = require('aws-cdk-lib/region-info');

const regions = ['us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'eusc-de-east-1', 'us-isof-south-1', 'af-south-1', 'xx-nowhere-1'];
const info = {};
for (const r of regions) {
  const ri = RegionInfo.get(r);
  info[r] = {
    name: ri.name, partition: ri.partition, domainSuffix: ri.domainSuffix,
    cdkMetadataResourceAvailable: ri.cdkMetadataResourceAvailable, isOptInRegion: ri.isOptInRegion,
    s3StaticWebsiteEndpoint: ri.s3StaticWebsiteEndpoint, s3StaticWebsiteHostedZoneId: ri.s3StaticWebsiteHostedZoneId,
    ebsEnvEndpointHostedZoneId: ri.ebsEnvEndpointHostedZoneId, vpcEndpointServiceNamePrefix: ri.vpcEndpointServiceNamePrefix,
    elbv2Account: ri.elbv2Account, dlcRepositoryAccount: ri.dlcRepositoryAccount, appMeshRepositoryAccount: ri.appMeshRepositoryAccount,
    firehoseCidrBlock: ri.firehoseCidrBlock, samlSignOnUrl: ri.samlSignOnUrl,
    servicePrincipal: ri.servicePrincipal('states.amazonaws.com.cn'),
    insights: ri.cloudwatchLambdaInsightsArn('1.0.229.0'), insightsArm: ri.cloudwatchLambdaInsightsArn('1.0.229.0', 'arm64'),
    appConfig: ri.appConfigLambdaArn('2.0.2037'), adot: ri.adotLambdaLayerArn('JAVA_SDK', '1.32.0', 'amd64'),
    paramsAndSecrets: ri.paramsAndSecretsLambdaLayerArn('1.0.103', 'x86_64'),
  };
}
const principals = {};
for (const r of regions) for (const s of ['codedeploy', 'logs', 'states', 'elasticmapreduce', 'config', 'dms', 'sns.amazonaws.com', 'lambda.c2s.ic.gov', 'a.b.c']) {
  principals[`${s}|${r}`] = Default.servicePrincipal(s, r, 'SUFFIX');
}
const out = {
  regions: Fact.regions,
  names: Fact.names,
  definedFacts: Fact.definedFacts(),
  info,
  regionMap: RegionInfo.regionMap(FactName.ELBV2_ACCOUNT),
  regionMapOrder: Object.keys(RegionInfo.regionMap(FactName.LATEST_NODE_RUNTIME)),
  limitedRegionMap: RegionInfo.limitedRegionMap(FactName.S3_STATIC_WEBSITE_ENDPOINT, ['aws-cn', 'aws-us-gov']),
  principals,
  factNames: [
    FactName.cloudwatchLambdaInsightsVersion('1.0.98.0'), FactName.appConfigLambdaLayerVersion('2.0.181', 'arm64'),
    FactName.adotLambdaLayer('JAVASCRIPT_SDK', '0.1.2', 'arm64'), FactName.paramsAndSecretsLambdaLayer('1.0.103', 'arm64'),
    FactName.servicePrincipal('ec2.amazonaws.com.cn'),
  ],
};
console.log(JSON.stringify(out, null, 1));
