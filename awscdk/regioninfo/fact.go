package regioninfo

import (
	"sync"

	"github.com/strata-cdk/strata/internal/diag"
)

// IFact is a fact that can be registered about a particular region.
type IFact interface {
	// The name of this fact. Standardized values are provided by FactName.
	Name() *string
	// The region for which this fact applies.
	Region() *string
	// The value of this fact.
	Value() *string
}

// Fact is a database of regional information. Use its package functions
// (Fact_Find, Fact_Register, …); there are no Fact values.
type Fact interface{}

type fact struct{ name, value string }

type regionFacts struct {
	region string
	facts  []fact
}

type partitionInfo struct{ prefix, partition, domainSuffix string }

// partitionOf is the partition a region belongs to, by its name's prefix.
func partitionOf(region string) partitionInfo {
	for _, p := range partitions {
		if len(region) >= len(p.prefix) && region[:len(p.prefix)] == p.prefix {
			return p
		}
	}
	return defaultPartition
}

// factSet is one region's facts, keeping the order they were registered in.
type factSet struct {
	names  []string
	values map[string]string
}

// factDB is the database the Fact functions read and write.
type factDB struct {
	regions []string
	facts   map[string]*factSet
}

// registry is the process-wide fact database (see the package doc): the
// built-in table, copied into maps on first use, plus what callers register.
var registry struct {
	once sync.Once
	mu   sync.RWMutex
	db   factDB
}

func db() *factDB {
	registry.once.Do(func() {
		d := factDB{facts: make(map[string]*factSet, len(builtinFacts))}
		for _, rf := range builtinFacts {
			fs := &factSet{names: make([]string, 0, len(rf.facts)), values: make(map[string]string, len(rf.facts))}
			for _, f := range rf.facts {
				fs.names = append(fs.names, f.name)
				fs.values[f.name] = f.value
			}
			d.regions = append(d.regions, rf.region)
			d.facts[rf.region] = fs
		}
		registry.db = d
	})
	return &registry.db
}

func find(region, name string) (string, bool) {
	d := db()
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	if fs := d.facts[region]; fs != nil {
		v, ok := fs.values[name]
		return v, ok
	}
	return "", false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ptr(s string) *string { return &s }

// Fact_DefinedFacts returns all pairs of (region, factName) that are defined.
func Fact_DefinedFacts() *[]*[]*string {
	d := db()
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	out := []*[]*string{}
	for _, r := range d.regions {
		for _, n := range d.facts[r].names {
			pair := []*string{ptr(r), ptr(n)}
			out = append(out, &pair)
		}
	}
	return &out
}

// Fact_Find retrieves a fact from this Fact database: the fact value if it
// is known, and nil otherwise.
func Fact_Find(region *string, name *string) *string {
	if v, ok := find(deref(region), deref(name)); ok {
		return &v
	}
	return nil
}

// Fact_Register registers a new fact in this Fact database. Registering a
// different value for a fact the region already has needs allowReplacing.
// A fact without a value only makes its region known.
func Fact_Register(fact IFact, allowReplacing *bool) {
	if fact == nil {
		diag.Panic("", "region-info: Fact.register needs a fact")
	}
	region, name, value := deref(fact.Region()), deref(fact.Name()), fact.Value()
	d := db()
	registry.mu.Lock()
	defer registry.mu.Unlock()
	fs := d.facts[region]
	if fs == nil {
		fs = &factSet{values: map[string]string{}}
		d.facts[region] = fs
		d.regions = append(d.regions, region)
	}
	if old, ok := fs.values[name]; ok && (value == nil || old != *value) && (allowReplacing == nil || !*allowReplacing) {
		diag.Panic("", "Region %s already has a fact %s, with value %s", region, name, old)
	}
	if value == nil {
		return
	}
	if _, ok := fs.values[name]; !ok {
		fs.names = append(fs.names, name)
	}
	fs.values[name] = *value
}

// Fact_RequireFact retrieves a fact from the Fact database; retrieval fails
// if the specified region or fact name does not exist.
func Fact_RequireFact(region *string, name *string) *string {
	v := Fact_Find(region, name)
	if v == nil {
		diag.Panic("", "No fact %s could be found for region: %s and name: %s.", deref(name), deref(region), deref(name))
	}
	return v
}

// Fact_Unregister removes a fact from the database. Given a value, it
// refuses to remove a fact that has another one.
func Fact_Unregister(region *string, name *string, value *string) {
	r, n := deref(region), deref(name)
	d := db()
	registry.mu.Lock()
	defer registry.mu.Unlock()
	fs := d.facts[r]
	if fs == nil {
		return
	}
	old, ok := fs.values[n]
	if !ok {
		return
	}
	if value != nil && *value != "" && old != *value {
		diag.Panic("", "Attempted to remove %s from %s with value %s, but the fact's value is %s", n, r, *value, old)
	}
	delete(fs.values, n)
	for i, x := range fs.names {
		if x == n {
			fs.names = append(fs.names[:i:i], fs.names[i+1:]...)
			break
		}
	}
}

// Fact_Names returns the names of all the facts some region has.
func Fact_Names() *[]*string {
	d := db()
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	seen := map[string]bool{}
	out := []*string{}
	for _, r := range d.regions {
		for _, n := range d.facts[r].names {
			if !seen[n] {
				seen[n] = true
				out = append(out, ptr(n))
			}
		}
	}
	return &out
}

// Fact_Regions returns the regions aws-cdk-lib knows, then every other
// region some fact was registered for.
func Fact_Regions() *[]*string {
	return ptrs(regionNames())
}

func regionNames() []string {
	d := db()
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	seen := map[string]bool{}
	out := make([]string, 0, len(awsRegions)+len(d.regions))
	for _, rs := range [][]string{awsRegions[:], d.regions} {
		for _, r := range rs {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}

func ptrs(ss []string) *[]*string {
	out := make([]*string, len(ss))
	for i := range ss {
		out[i] = ptr(ss[i])
	}
	return &out
}
