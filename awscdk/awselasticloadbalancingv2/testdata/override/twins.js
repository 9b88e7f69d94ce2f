// aws-cdk-lib 2.276.0 twins of the Go cases in ../../listener_override_test.go:
// a program's own listener class, extending the abstract BaseListener, on a
// load balancer made elsewhere, routing with rules of its own. Each stack
// is one template case.
const cdk = require('aws-cdk-lib');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const app = new cdk.App();

// RuleListener is a listener whose traffic only the program's own
// listener rules route, so it needs no default action.
class RuleListener extends elbv2.BaseListener {
  constructor(scope, id, additionalProps) {
    super(scope, id, additionalProps);
  }
  validateListener() {
    return [];
  }
}

const lbArn = 'arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/shared/50dc6c495c0c9188';

{ // OverrideListener: CfnListener props, attributes set and removed, a rule on the listener's ARN
  const s = new cdk.Stack(app, 'OverrideListener');
  const l = new RuleListener(s, 'Http', { loadBalancerArn: lbArn, port: 8080, protocol: 'HTTP', tags: [{ key: 'team', value: 'web' }] });
  l.setAttribute('routing.http.response.server.enabled', 'false');
  l.setAttribute('routing.http.response.x_frame_options.header_value', 'DENY');
  l.removeAttribute('routing.http.response.x_frame_options.header_value');
  // The base renders no default action: the program sets one on the L1.
  l.node.defaultChild.defaultActions = [{ type: 'fixed-response', fixedResponseConfig: { statusCode: '404' } }];
  new elbv2.CfnListenerRule(s, 'Health', {
    listenerArn: l.listenerArn, priority: 1,
    conditions: [{ field: 'path-pattern', values: ['/health'] }],
    actions: [{ type: 'fixed-response', fixedResponseConfig: { statusCode: '200' } }],
  });
  new cdk.CfnOutput(s, 'Arn', { value: l.listenerRef.listenerArn });
}

// errors: what aws-cdk-lib reports for a subclass without a default action
// (regen.sh writes errors.json from this).
const errors = {};
for (const [name, build] of Object.entries({
  NoDefaultAction: (s) => new RuleListener(s, 'L', { loadBalancerArn: lbArn, port: 9090, protocol: 'HTTP' }),
  BaseValidation: (s) => {
    class Plain extends elbv2.BaseListener {}
    const l = new Plain(s, 'L', { loadBalancerArn: lbArn, port: 9090, protocol: 'HTTP' });
    l.node.defaultChild.defaultActions = [{ type: 'fixed-response', fixedResponseConfig: { statusCode: '404' } }];
  },
})) {
  const a = new cdk.App({ autoSynth: false });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    errors[name] = null;
  } catch (e) {
    errors[name] = e.message;
  }
}
console.log(JSON.stringify(errors, null, 1));

app.synth();
