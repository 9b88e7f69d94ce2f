package awsstepfunctionstasks

import (
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
)

// emrWireValues maps the EmrCreateCluster enum members whose EMR API value
// is not the member name.
var emrWireValues = map[string]string{
	"GP3": "gp3", "GP2": "gp2", "IO1": "io1", "ST1": "st1", "SC1": "sc1", "STANDARD": "standard",
	"LOWEST_PRICE": "lowest-price", "PRIORITIZED": "prioritized",
	"CAPACITY_OPTIMIZED": "capacity-optimized", "PRICE_CAPACITY_OPTIMIZED": "price-capacity-optimized", "DIVERSIFIED": "diversified",
	"INSTANCE_FLEET_UNITS": "InstanceFleetUnits", "INSTANCES": "Instances", "VCPU": "VCPU",
}

// emrWire is a volume type, allocation strategy or compute-limits unit as
// EMR's API takes it, or nil when unset.
func emrWire[E ~string](e E) interface{} {
	if e == "" {
		return nil
	}
	if w, ok := emrWireValues[string(e)]; ok {
		return w
	}
	return string(e)
}

// emrEnum is an enum member whose API value is its name, or nil.
func emrEnum[E ~string](e E) interface{} {
	if e == "" {
		return nil
	}
	return string(e)
}

// validateReleaseLabel checks the release label and the props that depend
// on it, with aws-cdk-lib's messages.
func (e *emrCreateCluster) validateReleaseLabel(props *EmrCreateClusterProps) {
	label := ""
	if props.ReleaseLabel != nil {
		label = *props.ReleaseLabel
	}
	if props.ReleaseLabel != nil && !*awscdk.Token_IsUnresolved(label) {
		parts := strings.Split(strings.TrimPrefix(label, label[:min(4, len(label))]), ".")
		ok := strings.HasPrefix(label, "emr-") && len(parts) == 3
		for _, p := range parts {
			if _, err := strconv.ParseFloat(strings.TrimSpace(p), 64); p == "" || err != nil {
				ok = false
			}
		}
		if !ok {
			throw(e, "The release label must be in the format 'emr-x.x.x' but got %s", label)
		}
	}
	version := func() []float64 {
		out := []float64{}
		for _, p := range strings.Split(label[min(4, len(label)):], ".") {
			f, _ := strconv.ParseFloat(strings.TrimSpace(p), 64)
			out = append(out, f)
		}
		for len(out) < 3 {
			out = append(out, 0)
		}
		return out
	}
	if l := props.StepConcurrencyLevel; l != nil && !*awscdk.Token_IsUnresolved(*l) {
		if *l < 1 || *l > 256 {
			throw(e, "Step concurrency level must be in range [1, 256], but got %s.", jsString(*l))
		}
		if label != "" && *l != 1 {
			v := version()
			if v[0] < 5 || (v[0] == 5 && v[1] < 28) {
				throw(e, "Step concurrency is only supported in EMR release version 5.28.0 and above but got %s.", label)
			}
		}
	}
	if s := props.EbsRootVolumeSize; s != nil {
		if g := *s.ToGibibytes(nil); g < 15 || g > 100 {
			throw(e, "ebsRootVolumeSize must be between 15 and 100 GiB, but got %s GiB.", jsString(g))
		}
	}
	if label != "" && (props.EbsRootVolumeThroughput != nil || props.EbsRootVolumeIops != nil) {
		v := version()
		if v[0] < 6 || (v[0] == 6 && (v[1] < 15)) {
			throw(e, "ebsRootVolumeThroughput and ebsRootVolumeIops are only supported in EMR release version 6.15.0 and above but got %s.", label)
		}
	}
	if t := props.EbsRootVolumeThroughput; t != nil && (*t < 125 || *t > 1000) {
		throw(e, "ebsRootVolumeThroughput must be between 125 and 1000 MiB/s, but got %s MiB/s.", jsString(*t))
	}
	if i := props.EbsRootVolumeIops; i != nil && (*i < 3000 || *i > 16000) {
		throw(e, "ebsRootVolumeIops must be between 3000 and 16000, but got %s.", jsString(*i))
	}
}

// instances renders the cluster's instances as RunJobFlow takes them.
func (e *emrCreateCluster) instances(p *EmrCreateCluster_InstancesConfigProperty) interface{} {
	var fleets, groups, placement interface{}
	if p.InstanceFleets != nil {
		l := []interface{}{}
		for _, f := range *p.InstanceFleets {
			if f == nil {
				f = &EmrCreateCluster_InstanceFleetConfigProperty{}
			}
			l = append(l, e.fleet(f))
		}
		fleets = l
	}
	if p.InstanceGroups != nil {
		l := []interface{}{}
		for _, g := range *p.InstanceGroups {
			if g == nil {
				g = &EmrCreateCluster_InstanceGroupConfigProperty{}
			}
			l = append(l, e.group(g))
		}
		groups = l
	}
	if pl := p.Placement; pl != nil {
		placement = obj("AvailabilityZone", pl.AvailabilityZone, "AvailabilityZones", pl.AvailabilityZones)
	}
	return obj("AdditionalMasterSecurityGroups", p.AdditionalMasterSecurityGroups, "AdditionalSlaveSecurityGroups", p.AdditionalSlaveSecurityGroups,
		"Ec2KeyName", p.Ec2KeyName, "Ec2SubnetId", p.Ec2SubnetId, "Ec2SubnetIds", p.Ec2SubnetIds,
		"EmrManagedMasterSecurityGroup", p.EmrManagedMasterSecurityGroup, "EmrManagedSlaveSecurityGroup", p.EmrManagedSlaveSecurityGroup,
		"HadoopVersion", p.HadoopVersion, "InstanceCount", p.InstanceCount, "InstanceFleets", fleets, "InstanceGroups", groups,
		"KeepJobFlowAliveWhenNoSteps", true, "MasterInstanceType", p.MasterInstanceType, "Placement", placement,
		"ServiceAccessSecurityGroup", p.ServiceAccessSecurityGroup, "SlaveInstanceType", p.SlaveInstanceType, "TerminationProtected", p.TerminationProtected)
}

func positive(f *float64) bool { return f != nil && *f != 0 }

func (e *emrCreateCluster) fleet(f *EmrCreateCluster_InstanceFleetConfigProperty) interface{} {
	if !positive(f.TargetSpotCapacity) && !positive(f.TargetOnDemandCapacity) {
		diag.Panic("", "At least one of targetSpotCapacity and targetOnDemandCapacity should be greater than 0")
	}
	if f.InstanceFleetType == EmrCreateCluster_InstanceRoleType_MASTER {
		if positive(f.TargetSpotCapacity) && positive(f.TargetOnDemandCapacity) {
			diag.Panic("", "For a master instance fleet, only one of targetSpotCapacity and targetOnDemandCapacity can be specified")
		}
		if positive(f.TargetSpotCapacity) && *f.TargetSpotCapacity != 1 {
			diag.Panic("", "For a master instance fleet, targetSpotCapacity cannot be a number other than 1, got %s", jsString(*f.TargetSpotCapacity))
		}
		if positive(f.TargetOnDemandCapacity) && *f.TargetOnDemandCapacity != 1 {
			diag.Panic("", "For a master instance fleet, targetOnDemandCapacity cannot be a number other than 1, got %s", jsString(*f.TargetOnDemandCapacity))
		}
	}
	strategy := string(EmrCreateCluster_OnDemandAllocationStrategy_LOWEST_PRICE)
	if ls := f.LaunchSpecifications; ls != nil && ls.OnDemandSpecification != nil && ls.OnDemandSpecification.AllocationStrategy != "" {
		strategy = string(ls.OnDemandSpecification.AllocationStrategy)
	}
	prioritized := strategy == string(EmrCreateCluster_OnDemandAllocationStrategy_PRIORITIZED)
	hasPriority := false
	if f.InstanceTypeConfigs != nil {
		for _, c := range *f.InstanceTypeConfigs {
			if c != nil && c.Priority != nil && !*awscdk.Token_IsUnresolved(*c.Priority) {
				hasPriority = true
			}
		}
	}
	if hasPriority && !prioritized {
		diag.Panic("", "Priority values are set on instance type configs, but allocation strategy is '%s'. Priority values only take effect with OnDemandAllocationStrategy.PRIORITIZED.", emrWire(EmrCreateCluster_OnDemandAllocationStrategy(strategy)))
	}
	if prioritized && !hasPriority && f.InstanceTypeConfigs != nil && len(*f.InstanceTypeConfigs) > 0 {
		diag.Panic("", "OnDemandAllocationStrategy.PRIORITIZED requires at least one instance type config to have a priority value set. See https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html")
	}
	var types, launch interface{}
	if f.InstanceTypeConfigs != nil {
		l := []interface{}{}
		for _, c := range *f.InstanceTypeConfigs {
			if c == nil {
				c = &EmrCreateCluster_InstanceTypeConfigProperty{}
			}
			l = append(l, instanceTypeConfig(c))
		}
		types = l
	}
	if ls := f.LaunchSpecifications; ls != nil {
		var od interface{}
		if o := ls.OnDemandSpecification; o != nil {
			od = obj("AllocationStrategy", emrWire(o.AllocationStrategy))
		}
		launch = obj("OnDemandSpecification", od, "SpotSpecification", spotSpecification(ls.SpotSpecification))
	}
	return obj("InstanceFleetType", emrEnum(f.InstanceFleetType), "InstanceTypeConfigs", types, "LaunchSpecifications", launch,
		"Name", f.Name, "TargetOnDemandCapacity", f.TargetOnDemandCapacity, "TargetSpotCapacity", f.TargetSpotCapacity)
}

func spotSpecification(s *EmrCreateCluster_SpotProvisioningSpecificationProperty) interface{} {
	if s == nil {
		return nil
	}
	hasMinutes := positive(s.TimeoutDurationMinutes)
	if (s.Timeout != nil && hasMinutes) || (s.Timeout == nil && !hasMinutes) {
		diag.Panic("", "one of timeout and timeoutDurationMinutes must be specified")
	}
	var timeout *float64
	if s.Timeout != nil {
		timeout = s.Timeout.ToMinutes(nil)
	} else {
		timeout = s.TimeoutDurationMinutes
	}
	if timeout != nil && !*awscdk.Token_IsUnresolved(*timeout) && (*timeout < 5 || *timeout > 1440) {
		diag.Panic("", "timeout must be between 5 and 1440 minutes, got %s minutes.", jsString(*timeout))
	}
	var minutes interface{} = s.TimeoutDurationMinutes
	if s.Timeout != nil && positive(s.Timeout.ToMinutes(nil)) {
		minutes = s.Timeout.ToMinutes(nil)
	}
	return obj("AllocationStrategy", emrWire(s.AllocationStrategy), "BlockDurationMinutes", s.BlockDurationMinutes,
		"TimeoutAction", emrEnum(s.TimeoutAction), "TimeoutDurationMinutes", minutes)
}

func instanceTypeConfig(c *EmrCreateCluster_InstanceTypeConfigProperty) interface{} {
	if nonEmpty(c.BidPrice) != nil && positive(c.BidPriceAsPercentageOfOnDemandPrice) {
		diag.Panic("", "Cannot specify both bidPrice and bidPriceAsPercentageOfOnDemandPrice")
	}
	if p := c.Priority; p != nil && !*awscdk.Token_IsUnresolved(*p) && *p < 0 {
		diag.Panic("", "priority must be a non-negative number, got %s. Priority values start at 0 (highest priority) and are used with OnDemandAllocationStrategy.PRIORITIZED.", jsString(*p))
	}
	return obj("BidPrice", c.BidPrice, "BidPriceAsPercentageOfOnDemandPrice", c.BidPriceAsPercentageOfOnDemandPrice,
		"Configurations", emrConfigurations(c.Configurations), "EbsConfiguration", ebsConfiguration(c.EbsConfiguration),
		"InstanceType", c.InstanceType, "Priority", c.Priority, "WeightedCapacity", c.WeightedCapacity)
}

func ebsConfiguration(c *EmrCreateCluster_EbsConfigurationProperty) interface{} {
	if c == nil {
		return nil
	}
	var devices interface{}
	if c.EbsBlockDeviceConfigs != nil {
		l := []interface{}{}
		for _, d := range *c.EbsBlockDeviceConfigs {
			if d == nil || d.VolumeSpecification == nil {
				diag.Panic("", "EmrCreateCluster: each EBS block device config's volumeSpecification is required")
			}
			v := d.VolumeSpecification
			var size interface{}
			if v.VolumeSize != nil {
				size = v.VolumeSize.ToGibibytes(nil)
			}
			l = append(l, obj("VolumeSpecification", obj("Iops", v.Iops, "SizeInGB", size, "VolumeType", emrWire(v.VolumeType)),
				"VolumesPerInstance", d.VolumesPerInstance))
		}
		devices = l
	}
	return obj("EbsBlockDeviceConfigs", devices, "EbsOptimized", c.EbsOptimized)
}

func (e *emrCreateCluster) group(g *EmrCreateCluster_InstanceGroupConfigProperty) interface{} {
	var auto interface{}
	if a := g.AutoScalingPolicy; a != nil {
		if a.Constraints == nil {
			throw(e, "EmrCreateCluster: an auto-scaling policy's constraints are required")
		}
		var rules interface{}
		if a.Rules != nil {
			l := []interface{}{}
			for _, r := range *a.Rules {
				if r == nil || r.Action == nil || r.Action.SimpleScalingPolicyConfiguration == nil || r.Trigger == nil || r.Trigger.CloudWatchAlarmDefinition == nil ||
					r.Trigger.CloudWatchAlarmDefinition.Period == nil {
					throw(e, "EmrCreateCluster: each scaling rule needs action.simpleScalingPolicyConfiguration and trigger.cloudWatchAlarmDefinition (with period)")
				}
				sp := r.Action.SimpleScalingPolicyConfiguration
				cw := r.Trigger.CloudWatchAlarmDefinition
				var dims interface{}
				if cw.Dimensions != nil {
					dl := []interface{}{}
					for _, d := range *cw.Dimensions {
						if d == nil {
							d = &EmrCreateCluster_MetricDimensionProperty{}
						}
						dl = append(dl, obj("Key", d.Key, "Value", d.Value))
					}
					dims = dl
				}
				l = append(l, obj(
					"Action", obj("Market", emrEnum(r.Action.Market), "SimpleScalingPolicyConfiguration", obj("AdjustmentType", emrEnum(sp.AdjustmentType),
						"CoolDown", sp.CoolDown, "ScalingAdjustment", sp.ScalingAdjustment)),
					"Description", r.Description, "Name", r.Name,
					"Trigger", obj("CloudWatchAlarmDefinition", obj("ComparisonOperator", emrEnum(cw.ComparisonOperator), "Dimensions", dims,
						"EvaluationPeriods", cw.EvaluationPeriods, "MetricName", cw.MetricName, "Namespace", cw.Namespace, "Period", cw.Period.ToSeconds(nil),
						"Statistic", emrEnum(cw.Statistic), "Threshold", cw.Threshold, "Unit", emrEnum(cw.Unit)))))
			}
			rules = l
		}
		auto = obj("Constraints", obj("MaxCapacity", a.Constraints.MaxCapacity, "MinCapacity", a.Constraints.MinCapacity), "Rules", rules)
	}
	return obj("AutoScalingPolicy", auto, "BidPrice", g.BidPrice, "Configurations", emrConfigurations(g.Configurations),
		"EbsConfiguration", ebsConfiguration(g.EbsConfiguration), "InstanceCount", g.InstanceCount, "InstanceRole", emrEnum(g.InstanceRole),
		"InstanceType", g.InstanceType, "Market", emrEnum(g.Market), "Name", g.Name)
}
