package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// Capability is a Linux capability a container adds or drops.
type Capability string

const (
	Capability_ALL              Capability = "ALL"
	Capability_AUDIT_CONTROL    Capability = "AUDIT_CONTROL"
	Capability_AUDIT_WRITE      Capability = "AUDIT_WRITE"
	Capability_BLOCK_SUSPEND    Capability = "BLOCK_SUSPEND"
	Capability_CHOWN            Capability = "CHOWN"
	Capability_DAC_OVERRIDE     Capability = "DAC_OVERRIDE"
	Capability_DAC_READ_SEARCH  Capability = "DAC_READ_SEARCH"
	Capability_FOWNER           Capability = "FOWNER"
	Capability_FSETID           Capability = "FSETID"
	Capability_IPC_LOCK         Capability = "IPC_LOCK"
	Capability_IPC_OWNER        Capability = "IPC_OWNER"
	Capability_KILL             Capability = "KILL"
	Capability_LEASE            Capability = "LEASE"
	Capability_LINUX_IMMUTABLE  Capability = "LINUX_IMMUTABLE"
	Capability_MAC_ADMIN        Capability = "MAC_ADMIN"
	Capability_MAC_OVERRIDE     Capability = "MAC_OVERRIDE"
	Capability_MKNOD            Capability = "MKNOD"
	Capability_NET_ADMIN        Capability = "NET_ADMIN"
	Capability_NET_BIND_SERVICE Capability = "NET_BIND_SERVICE"
	Capability_NET_BROADCAST    Capability = "NET_BROADCAST"
	Capability_NET_RAW          Capability = "NET_RAW"
	Capability_SETFCAP          Capability = "SETFCAP"
	Capability_SETGID           Capability = "SETGID"
	Capability_SETPCAP          Capability = "SETPCAP"
	Capability_SETUID           Capability = "SETUID"
	Capability_SYS_ADMIN        Capability = "SYS_ADMIN"
	Capability_SYS_BOOT         Capability = "SYS_BOOT"
	Capability_SYS_CHROOT       Capability = "SYS_CHROOT"
	Capability_SYS_MODULE       Capability = "SYS_MODULE"
	Capability_SYS_NICE         Capability = "SYS_NICE"
	Capability_SYS_PACCT        Capability = "SYS_PACCT"
	Capability_SYS_PTRACE       Capability = "SYS_PTRACE"
	Capability_SYS_RAWIO        Capability = "SYS_RAWIO"
	Capability_SYS_RESOURCE     Capability = "SYS_RESOURCE"
	Capability_SYS_TIME         Capability = "SYS_TIME"
	Capability_SYS_TTY_CONFIG   Capability = "SYS_TTY_CONFIG"
	Capability_SYSLOG           Capability = "SYSLOG"
	Capability_WAKE_ALARM       Capability = "WAKE_ALARM"
)

// TmpfsMountOption is a mount option of a tmpfs mount.
type TmpfsMountOption string

const (
	TmpfsMountOption_DEFAULTS      TmpfsMountOption = "DEFAULTS"
	TmpfsMountOption_RO            TmpfsMountOption = "RO"
	TmpfsMountOption_RW            TmpfsMountOption = "RW"
	TmpfsMountOption_SUID          TmpfsMountOption = "SUID"
	TmpfsMountOption_NOSUID        TmpfsMountOption = "NOSUID"
	TmpfsMountOption_DEV           TmpfsMountOption = "DEV"
	TmpfsMountOption_NODEV         TmpfsMountOption = "NODEV"
	TmpfsMountOption_EXEC          TmpfsMountOption = "EXEC"
	TmpfsMountOption_NOEXEC        TmpfsMountOption = "NOEXEC"
	TmpfsMountOption_SYNC          TmpfsMountOption = "SYNC"
	TmpfsMountOption_ASYNC         TmpfsMountOption = "ASYNC"
	TmpfsMountOption_DIRSYNC       TmpfsMountOption = "DIRSYNC"
	TmpfsMountOption_REMOUNT       TmpfsMountOption = "REMOUNT"
	TmpfsMountOption_MAND          TmpfsMountOption = "MAND"
	TmpfsMountOption_NOMAND        TmpfsMountOption = "NOMAND"
	TmpfsMountOption_ATIME         TmpfsMountOption = "ATIME"
	TmpfsMountOption_NOATIME       TmpfsMountOption = "NOATIME"
	TmpfsMountOption_DIRATIME      TmpfsMountOption = "DIRATIME"
	TmpfsMountOption_NODIRATIME    TmpfsMountOption = "NODIRATIME"
	TmpfsMountOption_BIND          TmpfsMountOption = "BIND"
	TmpfsMountOption_RBIND         TmpfsMountOption = "RBIND"
	TmpfsMountOption_UNBINDABLE    TmpfsMountOption = "UNBINDABLE"
	TmpfsMountOption_RUNBINDABLE   TmpfsMountOption = "RUNBINDABLE"
	TmpfsMountOption_PRIVATE       TmpfsMountOption = "PRIVATE"
	TmpfsMountOption_RPRIVATE      TmpfsMountOption = "RPRIVATE"
	TmpfsMountOption_SHARED        TmpfsMountOption = "SHARED"
	TmpfsMountOption_RSHARED       TmpfsMountOption = "RSHARED"
	TmpfsMountOption_SLAVE         TmpfsMountOption = "SLAVE"
	TmpfsMountOption_RSLAVE        TmpfsMountOption = "RSLAVE"
	TmpfsMountOption_RELATIME      TmpfsMountOption = "RELATIME"
	TmpfsMountOption_NORELATIME    TmpfsMountOption = "NORELATIME"
	TmpfsMountOption_STRICTATIME   TmpfsMountOption = "STRICTATIME"
	TmpfsMountOption_NOSTRICTATIME TmpfsMountOption = "NOSTRICTATIME"
	TmpfsMountOption_MODE          TmpfsMountOption = "MODE"
	TmpfsMountOption_UID           TmpfsMountOption = "UID"
	TmpfsMountOption_GID           TmpfsMountOption = "GID"
	TmpfsMountOption_NR_INODES     TmpfsMountOption = "NR_INODES"
	TmpfsMountOption_NR_BLOCKS     TmpfsMountOption = "NR_BLOCKS"
	TmpfsMountOption_MPOL          TmpfsMountOption = "MPOL"
)

// DevicePermission is what a container may do with a host device.
type DevicePermission string

const (
	DevicePermission_READ  DevicePermission = "READ"
	DevicePermission_WRITE DevicePermission = "WRITE"
	DevicePermission_MKNOD DevicePermission = "MKNOD"
)

// LinuxParametersProps configure NewLinuxParameters.
type LinuxParametersProps struct {
	InitProcessEnabled *bool       `field:"optional" json:"initProcessEnabled" yaml:"initProcessEnabled"`
	MaxSwap            awscdk.Size `field:"optional" json:"maxSwap" yaml:"maxSwap"`
	SharedMemorySize   *float64    `field:"optional" json:"sharedMemorySize" yaml:"sharedMemorySize"`
	Swappiness         *float64    `field:"optional" json:"swappiness" yaml:"swappiness"`
}

// Device exposes a host device to a container.
type Device struct {
	HostPath      *string             `field:"required" json:"hostPath" yaml:"hostPath"`
	ContainerPath *string             `field:"optional" json:"containerPath" yaml:"containerPath"`
	Permissions   *[]DevicePermission `field:"optional" json:"permissions" yaml:"permissions"`
}

// Tmpfs is a tmpfs mount of a container.
type Tmpfs struct {
	ContainerPath *string             `field:"required" json:"containerPath" yaml:"containerPath"`
	Size          *float64            `field:"required" json:"size" yaml:"size"`
	MountOptions  *[]TmpfsMountOption `field:"optional" json:"mountOptions" yaml:"mountOptions"`
}

type linuxParameters struct {
	constructs.Construct
	props           LinuxParametersProps
	capAdd, capDrop []Capability
	devices         []*Device
	tmpfs           []*Tmpfs
}

// NewLinuxParameters creates Linux-specific options for a container (ContainerDefinitionOptions.LinuxParameters).
func NewLinuxParameters(scope constructs.Construct, id *string, props *LinuxParametersProps) LinuxParameters {
	l := &linuxParameters{}
	if props != nil {
		l.props = *props
	}
	l.Construct = constructs.NewConstruct(scope, id)
	host.Set(l.Construct, l)
	if v := l.props.SharedMemorySize; v != nil && !isTokenNum(v) && (*v != float64(int64(*v)) || *v < 0) {
		l2.Throw(l, "sharedMemorySize: Must be an integer greater than 0; received %s.", fmtNum(*v))
	}
	if v := l.props.Swappiness; v != nil && !isTokenNum(v) && (*v != float64(int64(*v)) || *v < 0 || *v > 100) {
		l2.Throw(l, "swappiness: Must be an integer between 0 and 100; received %s.", fmtNum(*v))
	}
	return l
}

// LinuxParameters_IsConstruct reports whether x is a construct.
func LinuxParameters_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

func (l *linuxParameters) AddCapabilities(cap ...Capability)  { l.capAdd = append(l.capAdd, cap...) }
func (l *linuxParameters) DropCapabilities(cap ...Capability) { l.capDrop = append(l.capDrop, cap...) }
func (l *linuxParameters) AddDevices(device ...*Device)       { l.devices = append(l.devices, device...) }
func (l *linuxParameters) AddTmpfs(tmpfs ...*Tmpfs)           { l.tmpfs = append(l.tmpfs, tmpfs...) }

func capStrings(cs []Capability) *[]*string {
	if len(cs) == 0 {
		return nil
	}
	out := []*string{}
	for _, c := range cs {
		out = append(out, str(string(c)))
	}
	return &out
}

// RenderLinuxParameters renders the options as the task definition lists them.
func (l *linuxParameters) RenderLinuxParameters() *CfnTaskDefinition_LinuxParametersProperty {
	out := &CfnTaskDefinition_LinuxParametersProperty{SharedMemorySize: l.props.SharedMemorySize,
		Capabilities: &CfnTaskDefinition_KernelCapabilitiesProperty{Add: capStrings(l.capAdd), Drop: capStrings(l.capDrop)}}
	if l.props.InitProcessEnabled != nil {
		out.InitProcessEnabled = l.props.InitProcessEnabled
	}
	if l.props.MaxSwap != nil {
		out.MaxSwap = l.props.MaxSwap.ToMebibytes(nil)
		out.Swappiness = l.props.Swappiness
	}
	if len(l.devices) > 0 {
		var ds []*CfnTaskDefinition_DeviceProperty
		for _, d := range l.devices {
			r := &CfnTaskDefinition_DeviceProperty{ContainerPath: d.ContainerPath, HostPath: d.HostPath}
			if d.Permissions != nil {
				ps := []*string{}
				for _, p := range *d.Permissions {
					ps = append(ps, str(strings.ToLower(string(p))))
				}
				r.Permissions = &ps
			}
			ds = append(ds, r)
		}
		out.Devices = ds
	}
	if len(l.tmpfs) > 0 {
		var ts []*CfnTaskDefinition_TmpfsProperty
		for _, t := range l.tmpfs {
			r := &CfnTaskDefinition_TmpfsProperty{ContainerPath: t.ContainerPath, Size: t.Size}
			if t.MountOptions != nil {
				ms := []*string{}
				for _, m := range *t.MountOptions {
					ms = append(ms, str(strings.ToLower(string(m))))
				}
				r.MountOptions = &ms
			}
			ts = append(ts, r)
		}
		out.Tmpfs = ts
	}
	return out
}
