// Strata's handler for CfnJson (Custom::AWSCDKCfnJson) and its stringify
// counterpart: the template hands over a value whose tokens CloudFormation
// has resolved, and the handler returns it parsed (or serialized) as the
// resource's "Value" attribute.
'use strict';

exports.handler = async function (event) {
  if (event.RequestType === 'Delete') {
    return {};
  }
  const props = event.ResourceProperties || {};
  switch (event.ResourceType) {
    case 'Custom::AWSCDKCfnJson':
      return { Data: { Value: JSON.parse(props.Value) } };
    case 'Custom::AWSCDKCfnJsonStringify':
      return { Data: { Value: JSON.stringify(props.Value) } };
  }
  throw new Error(`unsupported resource type: ${event.ResourceType}`);
};
