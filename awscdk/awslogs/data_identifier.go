package awslogs

import "github.com/strata-cdk/strata/internal/l2"

// DataIdentifier is a kind of sensitive data a DataProtectionPolicy finds:
// one of the managed identifiers (DataIdentifier_*), or a
// CustomDataIdentifier.
type DataIdentifier interface {
	Name() *string
	ToString() *string
}

type dataIdentifier struct{ name string }

func (d *dataIdentifier) Name() *string     { return str(d.name) }
func (d *dataIdentifier) ToString() *string { return str(d.name) }

// NewDataIdentifier names a managed data identifier.
func NewDataIdentifier(name *string) DataIdentifier { return &dataIdentifier{name: deref(name)} }

// NewDataIdentifier_Override initialises a type embedding DataIdentifier.
func NewDataIdentifier_Override(d DataIdentifier, name *string) {
	l2.Override(d, NewDataIdentifier(name))
}

// CustomDataIdentifier is a data identifier defined by a regular expression.
type CustomDataIdentifier interface {
	DataIdentifier
	Regex() *string
}

type customDataIdentifier struct {
	dataIdentifier
	regex string
}

func (c *customDataIdentifier) Regex() *string    { return str(c.regex) }
func (c *customDataIdentifier) ToString() *string { return str(c.name + ": " + c.regex) }

// NewCustomDataIdentifier makes a data identifier matching regex.
func NewCustomDataIdentifier(name *string, regex *string) CustomDataIdentifier {
	return &customDataIdentifier{dataIdentifier: dataIdentifier{name: deref(name)}, regex: deref(regex)}
}

// NewCustomDataIdentifier_Override initialises a type embedding CustomDataIdentifier.
func NewCustomDataIdentifier_Override(c CustomDataIdentifier, name *string, regex *string) {
	l2.Override(c, NewCustomDataIdentifier(name, regex))
}

// The managed data identifiers; aws-cdk-go also offers each under
// CustomDataIdentifier_ (statics are inherited in jsii).
func DataIdentifier_ADDRESS() DataIdentifier      { return &dataIdentifier{name: "Address"} }
func DataIdentifier_AWSSECRETKEY() DataIdentifier { return &dataIdentifier{name: "AwsSecretKey"} }
func DataIdentifier_BANKACCOUNTNUMBER_DE() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-DE"}
}
func DataIdentifier_BANKACCOUNTNUMBER_ES() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-ES"}
}
func DataIdentifier_BANKACCOUNTNUMBER_FR() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-FR"}
}
func DataIdentifier_BANKACCOUNTNUMBER_GB() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-GB"}
}
func DataIdentifier_BANKACCOUNTNUMBER_IT() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-IT"}
}
func DataIdentifier_BANKACCOUNTNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "BankAccountNumber-US"}
}
func DataIdentifier_CEPCODE_BR() DataIdentifier { return &dataIdentifier{name: "CepCode-BR"} }
func DataIdentifier_CNPJ_BR() DataIdentifier    { return &dataIdentifier{name: "Cnpj-BR"} }
func DataIdentifier_CPFCODE_BR() DataIdentifier { return &dataIdentifier{name: "CpfCode-BR"} }
func DataIdentifier_CREDITCARDEXPIRATION() DataIdentifier {
	return &dataIdentifier{name: "CreditCardExpiration"}
}
func DataIdentifier_CREDITCARDNUMBER() DataIdentifier {
	return &dataIdentifier{name: "CreditCardNumber"}
}
func DataIdentifier_CREDITCARDSECURITYCODE() DataIdentifier {
	return &dataIdentifier{name: "CreditCardSecurityCode"}
}
func DataIdentifier_DRIVERSLICENSE_AT() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-AT"}
}
func DataIdentifier_DRIVERSLICENSE_AU() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-AU"}
}
func DataIdentifier_DRIVERSLICENSE_BE() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-BE"}
}
func DataIdentifier_DRIVERSLICENSE_BG() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-BG"}
}
func DataIdentifier_DRIVERSLICENSE_CA() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-CA"}
}
func DataIdentifier_DRIVERSLICENSE_CY() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-CY"}
}
func DataIdentifier_DRIVERSLICENSE_CZ() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-CZ"}
}
func DataIdentifier_DRIVERSLICENSE_DE() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-DE"}
}
func DataIdentifier_DRIVERSLICENSE_DK() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-DK"}
}
func DataIdentifier_DRIVERSLICENSE_EE() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-EE"}
}
func DataIdentifier_DRIVERSLICENSE_ES() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-ES"}
}
func DataIdentifier_DRIVERSLICENSE_FI() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-FI"}
}
func DataIdentifier_DRIVERSLICENSE_FR() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-FR"}
}
func DataIdentifier_DRIVERSLICENSE_GB() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-GB"}
}
func DataIdentifier_DRIVERSLICENSE_GR() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-GR"}
}
func DataIdentifier_DRIVERSLICENSE_HR() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-HR"}
}
func DataIdentifier_DRIVERSLICENSE_HU() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-HU"}
}
func DataIdentifier_DRIVERSLICENSE_IE() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-IE"}
}
func DataIdentifier_DRIVERSLICENSE_IT() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-IT"}
}
func DataIdentifier_DRIVERSLICENSE_LT() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-LT"}
}
func DataIdentifier_DRIVERSLICENSE_LU() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-LU"}
}
func DataIdentifier_DRIVERSLICENSE_LV() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-LV"}
}
func DataIdentifier_DRIVERSLICENSE_MT() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-MT"}
}
func DataIdentifier_DRIVERSLICENSE_NL() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-NL"}
}
func DataIdentifier_DRIVERSLICENSE_PL() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-PL"}
}
func DataIdentifier_DRIVERSLICENSE_PT() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-PT"}
}
func DataIdentifier_DRIVERSLICENSE_RO() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-RO"}
}
func DataIdentifier_DRIVERSLICENSE_SE() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-SE"}
}
func DataIdentifier_DRIVERSLICENSE_SI() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-SI"}
}
func DataIdentifier_DRIVERSLICENSE_SK() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-SK"}
}
func DataIdentifier_DRIVERSLICENSE_US() DataIdentifier {
	return &dataIdentifier{name: "DriversLicense-US"}
}
func DataIdentifier_DRUGENFORCEMENTAGENCYNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "DrugEnforcementAgencyNumber-US"}
}
func DataIdentifier_ELECTORALROLLNUMBER_GB() DataIdentifier {
	return &dataIdentifier{name: "ElectoralRollNumber-GB"}
}
func DataIdentifier_EMAILADDRESS() DataIdentifier { return &dataIdentifier{name: "EmailAddress"} }
func DataIdentifier_HEALTHINSURANCECARDNUMBER_EU() DataIdentifier {
	return &dataIdentifier{name: "HealthInsuranceCardNumber-EU"}
}
func DataIdentifier_HEALTHINSURANCECLAIMNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "HealthInsuranceClaimNumber-US"}
}
func DataIdentifier_HEALTHINSURANCENUMBER_FR() DataIdentifier {
	return &dataIdentifier{name: "HealthInsuranceNumber-FR"}
}
func DataIdentifier_HEALTHCAREPROCEDURECODE_US() DataIdentifier {
	return &dataIdentifier{name: "HealthcareProcedureCode-US"}
}
func DataIdentifier_INDIVIDUALTAXIDENTIFICATIONNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "IndividualTaxIdentificationNumber-US"}
}
func DataIdentifier_INSEECODE_FR() DataIdentifier { return &dataIdentifier{name: "InseeCode-FR"} }
func DataIdentifier_IPADDRESS() DataIdentifier    { return &dataIdentifier{name: "IpAddress"} }
func DataIdentifier_LATLONG() DataIdentifier      { return &dataIdentifier{name: "LatLong"} }
func DataIdentifier_MEDICAREBENEFICIARYNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "MedicareBeneficiaryNumber-US"}
}
func DataIdentifier_NAME() DataIdentifier { return &dataIdentifier{name: "Name"} }
func DataIdentifier_NATIONALDRUGCODE_US() DataIdentifier {
	return &dataIdentifier{name: "NationalDrugCode-US"}
}
func DataIdentifier_NATIONALIDENTIFICATIONNUMBER_DE() DataIdentifier {
	return &dataIdentifier{name: "NationalIdentificationNumber-DE"}
}
func DataIdentifier_NATIONALIDENTIFICATIONNUMBER_ES() DataIdentifier {
	return &dataIdentifier{name: "NationalIdentificationNumber-ES"}
}
func DataIdentifier_NATIONALIDENTIFICATIONNUMBER_IT() DataIdentifier {
	return &dataIdentifier{name: "NationalIdentificationNumber-IT"}
}
func DataIdentifier_NATIONALINSURANCENUMBER_GB() DataIdentifier {
	return &dataIdentifier{name: "NationalInsuranceNumber-GB"}
}
func DataIdentifier_NATIONALPROVIDERID_US() DataIdentifier {
	return &dataIdentifier{name: "NationalProviderId-US"}
}
func DataIdentifier_NHSNUMBER_GB() DataIdentifier { return &dataIdentifier{name: "NhsNumber-GB"} }
func DataIdentifier_NIENUMBER_ES() DataIdentifier { return &dataIdentifier{name: "NieNumber-ES"} }
func DataIdentifier_NIFNUMBER_ES() DataIdentifier { return &dataIdentifier{name: "NifNumber-ES"} }
func DataIdentifier_OPENSSHPRIVATEKEY() DataIdentifier {
	return &dataIdentifier{name: "OpenSshPrivateKey"}
}
func DataIdentifier_PASSPORTNUMBER_CA() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-CA"}
}
func DataIdentifier_PASSPORTNUMBER_DE() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-DE"}
}
func DataIdentifier_PASSPORTNUMBER_ES() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-ES"}
}
func DataIdentifier_PASSPORTNUMBER_FR() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-FR"}
}
func DataIdentifier_PASSPORTNUMBER_GB() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-GB"}
}
func DataIdentifier_PASSPORTNUMBER_IT() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-IT"}
}
func DataIdentifier_PASSPORTNUMBER_US() DataIdentifier {
	return &dataIdentifier{name: "PassportNumber-US"}
}
func DataIdentifier_PERMANENTRESIDENCENUMBER_CA() DataIdentifier {
	return &dataIdentifier{name: "PermanentResidenceNumber-CA"}
}
func DataIdentifier_PERSONALHEALTHNUMBER_CA() DataIdentifier {
	return &dataIdentifier{name: "PersonalHealthNumber-CA"}
}
func DataIdentifier_PGPPRIVATEKEY() DataIdentifier   { return &dataIdentifier{name: "PgpPrivateKey"} }
func DataIdentifier_PHONENUMBER_BR() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-BR"} }
func DataIdentifier_PHONENUMBER_DE() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-DE"} }
func DataIdentifier_PHONENUMBER_ES() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-ES"} }
func DataIdentifier_PHONENUMBER_FR() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-FR"} }
func DataIdentifier_PHONENUMBER_GB() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-GB"} }
func DataIdentifier_PHONENUMBER_IT() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-IT"} }
func DataIdentifier_PHONENUMBER_US() DataIdentifier  { return &dataIdentifier{name: "PhoneNumber-US"} }
func DataIdentifier_PKCSPRIVATEKEY() DataIdentifier  { return &dataIdentifier{name: "PkcsPrivateKey"} }
func DataIdentifier_POSTALCODE_CA() DataIdentifier   { return &dataIdentifier{name: "PostalCode-CA"} }
func DataIdentifier_PUTTYPRIVATEKEY() DataIdentifier { return &dataIdentifier{name: "PuttyPrivateKey"} }
func DataIdentifier_RGNUMBER_BR() DataIdentifier     { return &dataIdentifier{name: "RgNumber-BR"} }
func DataIdentifier_SOCIALINSURANCENUMBER_CA() DataIdentifier {
	return &dataIdentifier{name: "SocialInsuranceNumber-CA"}
}
func DataIdentifier_SSN_ES() DataIdentifier   { return &dataIdentifier{name: "Ssn-ES"} }
func DataIdentifier_SSN_US() DataIdentifier   { return &dataIdentifier{name: "Ssn-US"} }
func DataIdentifier_TAXID_DE() DataIdentifier { return &dataIdentifier{name: "TaxId-DE"} }
func DataIdentifier_TAXID_ES() DataIdentifier { return &dataIdentifier{name: "TaxId-ES"} }
func DataIdentifier_TAXID_FR() DataIdentifier { return &dataIdentifier{name: "TaxId-FR"} }
func DataIdentifier_TAXID_GB() DataIdentifier { return &dataIdentifier{name: "TaxId-GB"} }
func DataIdentifier_VEHICLEIDENTIFICATIONNUMBER() DataIdentifier {
	return &dataIdentifier{name: "VehicleIdentificationNumber"}
}
func DataIdentifier_ZIPCODE_US() DataIdentifier { return &dataIdentifier{name: "ZipCode-US"} }

func CustomDataIdentifier_ADDRESS() DataIdentifier      { return DataIdentifier_ADDRESS() }
func CustomDataIdentifier_AWSSECRETKEY() DataIdentifier { return DataIdentifier_AWSSECRETKEY() }
func CustomDataIdentifier_BANKACCOUNTNUMBER_DE() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_DE()
}
func CustomDataIdentifier_BANKACCOUNTNUMBER_ES() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_ES()
}
func CustomDataIdentifier_BANKACCOUNTNUMBER_FR() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_FR()
}
func CustomDataIdentifier_BANKACCOUNTNUMBER_GB() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_GB()
}
func CustomDataIdentifier_BANKACCOUNTNUMBER_IT() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_IT()
}
func CustomDataIdentifier_BANKACCOUNTNUMBER_US() DataIdentifier {
	return DataIdentifier_BANKACCOUNTNUMBER_US()
}
func CustomDataIdentifier_CEPCODE_BR() DataIdentifier { return DataIdentifier_CEPCODE_BR() }
func CustomDataIdentifier_CNPJ_BR() DataIdentifier    { return DataIdentifier_CNPJ_BR() }
func CustomDataIdentifier_CPFCODE_BR() DataIdentifier { return DataIdentifier_CPFCODE_BR() }
func CustomDataIdentifier_CREDITCARDEXPIRATION() DataIdentifier {
	return DataIdentifier_CREDITCARDEXPIRATION()
}
func CustomDataIdentifier_CREDITCARDNUMBER() DataIdentifier { return DataIdentifier_CREDITCARDNUMBER() }
func CustomDataIdentifier_CREDITCARDSECURITYCODE() DataIdentifier {
	return DataIdentifier_CREDITCARDSECURITYCODE()
}
func CustomDataIdentifier_DRIVERSLICENSE_AT() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_AT()
}
func CustomDataIdentifier_DRIVERSLICENSE_AU() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_AU()
}
func CustomDataIdentifier_DRIVERSLICENSE_BE() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_BE()
}
func CustomDataIdentifier_DRIVERSLICENSE_BG() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_BG()
}
func CustomDataIdentifier_DRIVERSLICENSE_CA() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_CA()
}
func CustomDataIdentifier_DRIVERSLICENSE_CY() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_CY()
}
func CustomDataIdentifier_DRIVERSLICENSE_CZ() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_CZ()
}
func CustomDataIdentifier_DRIVERSLICENSE_DE() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_DE()
}
func CustomDataIdentifier_DRIVERSLICENSE_DK() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_DK()
}
func CustomDataIdentifier_DRIVERSLICENSE_EE() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_EE()
}
func CustomDataIdentifier_DRIVERSLICENSE_ES() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_ES()
}
func CustomDataIdentifier_DRIVERSLICENSE_FI() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_FI()
}
func CustomDataIdentifier_DRIVERSLICENSE_FR() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_FR()
}
func CustomDataIdentifier_DRIVERSLICENSE_GB() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_GB()
}
func CustomDataIdentifier_DRIVERSLICENSE_GR() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_GR()
}
func CustomDataIdentifier_DRIVERSLICENSE_HR() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_HR()
}
func CustomDataIdentifier_DRIVERSLICENSE_HU() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_HU()
}
func CustomDataIdentifier_DRIVERSLICENSE_IE() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_IE()
}
func CustomDataIdentifier_DRIVERSLICENSE_IT() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_IT()
}
func CustomDataIdentifier_DRIVERSLICENSE_LT() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_LT()
}
func CustomDataIdentifier_DRIVERSLICENSE_LU() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_LU()
}
func CustomDataIdentifier_DRIVERSLICENSE_LV() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_LV()
}
func CustomDataIdentifier_DRIVERSLICENSE_MT() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_MT()
}
func CustomDataIdentifier_DRIVERSLICENSE_NL() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_NL()
}
func CustomDataIdentifier_DRIVERSLICENSE_PL() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_PL()
}
func CustomDataIdentifier_DRIVERSLICENSE_PT() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_PT()
}
func CustomDataIdentifier_DRIVERSLICENSE_RO() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_RO()
}
func CustomDataIdentifier_DRIVERSLICENSE_SE() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_SE()
}
func CustomDataIdentifier_DRIVERSLICENSE_SI() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_SI()
}
func CustomDataIdentifier_DRIVERSLICENSE_SK() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_SK()
}
func CustomDataIdentifier_DRIVERSLICENSE_US() DataIdentifier {
	return DataIdentifier_DRIVERSLICENSE_US()
}
func CustomDataIdentifier_DRUGENFORCEMENTAGENCYNUMBER_US() DataIdentifier {
	return DataIdentifier_DRUGENFORCEMENTAGENCYNUMBER_US()
}
func CustomDataIdentifier_ELECTORALROLLNUMBER_GB() DataIdentifier {
	return DataIdentifier_ELECTORALROLLNUMBER_GB()
}
func CustomDataIdentifier_EMAILADDRESS() DataIdentifier { return DataIdentifier_EMAILADDRESS() }
func CustomDataIdentifier_HEALTHINSURANCECARDNUMBER_EU() DataIdentifier {
	return DataIdentifier_HEALTHINSURANCECARDNUMBER_EU()
}
func CustomDataIdentifier_HEALTHINSURANCECLAIMNUMBER_US() DataIdentifier {
	return DataIdentifier_HEALTHINSURANCECLAIMNUMBER_US()
}
func CustomDataIdentifier_HEALTHINSURANCENUMBER_FR() DataIdentifier {
	return DataIdentifier_HEALTHINSURANCENUMBER_FR()
}
func CustomDataIdentifier_HEALTHCAREPROCEDURECODE_US() DataIdentifier {
	return DataIdentifier_HEALTHCAREPROCEDURECODE_US()
}
func CustomDataIdentifier_INDIVIDUALTAXIDENTIFICATIONNUMBER_US() DataIdentifier {
	return DataIdentifier_INDIVIDUALTAXIDENTIFICATIONNUMBER_US()
}
func CustomDataIdentifier_INSEECODE_FR() DataIdentifier { return DataIdentifier_INSEECODE_FR() }
func CustomDataIdentifier_IPADDRESS() DataIdentifier    { return DataIdentifier_IPADDRESS() }
func CustomDataIdentifier_LATLONG() DataIdentifier      { return DataIdentifier_LATLONG() }
func CustomDataIdentifier_MEDICAREBENEFICIARYNUMBER_US() DataIdentifier {
	return DataIdentifier_MEDICAREBENEFICIARYNUMBER_US()
}
func CustomDataIdentifier_NAME() DataIdentifier { return DataIdentifier_NAME() }
func CustomDataIdentifier_NATIONALDRUGCODE_US() DataIdentifier {
	return DataIdentifier_NATIONALDRUGCODE_US()
}
func CustomDataIdentifier_NATIONALIDENTIFICATIONNUMBER_DE() DataIdentifier {
	return DataIdentifier_NATIONALIDENTIFICATIONNUMBER_DE()
}
func CustomDataIdentifier_NATIONALIDENTIFICATIONNUMBER_ES() DataIdentifier {
	return DataIdentifier_NATIONALIDENTIFICATIONNUMBER_ES()
}
func CustomDataIdentifier_NATIONALIDENTIFICATIONNUMBER_IT() DataIdentifier {
	return DataIdentifier_NATIONALIDENTIFICATIONNUMBER_IT()
}
func CustomDataIdentifier_NATIONALINSURANCENUMBER_GB() DataIdentifier {
	return DataIdentifier_NATIONALINSURANCENUMBER_GB()
}
func CustomDataIdentifier_NATIONALPROVIDERID_US() DataIdentifier {
	return DataIdentifier_NATIONALPROVIDERID_US()
}
func CustomDataIdentifier_NHSNUMBER_GB() DataIdentifier { return DataIdentifier_NHSNUMBER_GB() }
func CustomDataIdentifier_NIENUMBER_ES() DataIdentifier { return DataIdentifier_NIENUMBER_ES() }
func CustomDataIdentifier_NIFNUMBER_ES() DataIdentifier { return DataIdentifier_NIFNUMBER_ES() }
func CustomDataIdentifier_OPENSSHPRIVATEKEY() DataIdentifier {
	return DataIdentifier_OPENSSHPRIVATEKEY()
}
func CustomDataIdentifier_PASSPORTNUMBER_CA() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_CA()
}
func CustomDataIdentifier_PASSPORTNUMBER_DE() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_DE()
}
func CustomDataIdentifier_PASSPORTNUMBER_ES() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_ES()
}
func CustomDataIdentifier_PASSPORTNUMBER_FR() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_FR()
}
func CustomDataIdentifier_PASSPORTNUMBER_GB() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_GB()
}
func CustomDataIdentifier_PASSPORTNUMBER_IT() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_IT()
}
func CustomDataIdentifier_PASSPORTNUMBER_US() DataIdentifier {
	return DataIdentifier_PASSPORTNUMBER_US()
}
func CustomDataIdentifier_PERMANENTRESIDENCENUMBER_CA() DataIdentifier {
	return DataIdentifier_PERMANENTRESIDENCENUMBER_CA()
}
func CustomDataIdentifier_PERSONALHEALTHNUMBER_CA() DataIdentifier {
	return DataIdentifier_PERSONALHEALTHNUMBER_CA()
}
func CustomDataIdentifier_PGPPRIVATEKEY() DataIdentifier   { return DataIdentifier_PGPPRIVATEKEY() }
func CustomDataIdentifier_PHONENUMBER_BR() DataIdentifier  { return DataIdentifier_PHONENUMBER_BR() }
func CustomDataIdentifier_PHONENUMBER_DE() DataIdentifier  { return DataIdentifier_PHONENUMBER_DE() }
func CustomDataIdentifier_PHONENUMBER_ES() DataIdentifier  { return DataIdentifier_PHONENUMBER_ES() }
func CustomDataIdentifier_PHONENUMBER_FR() DataIdentifier  { return DataIdentifier_PHONENUMBER_FR() }
func CustomDataIdentifier_PHONENUMBER_GB() DataIdentifier  { return DataIdentifier_PHONENUMBER_GB() }
func CustomDataIdentifier_PHONENUMBER_IT() DataIdentifier  { return DataIdentifier_PHONENUMBER_IT() }
func CustomDataIdentifier_PHONENUMBER_US() DataIdentifier  { return DataIdentifier_PHONENUMBER_US() }
func CustomDataIdentifier_PKCSPRIVATEKEY() DataIdentifier  { return DataIdentifier_PKCSPRIVATEKEY() }
func CustomDataIdentifier_POSTALCODE_CA() DataIdentifier   { return DataIdentifier_POSTALCODE_CA() }
func CustomDataIdentifier_PUTTYPRIVATEKEY() DataIdentifier { return DataIdentifier_PUTTYPRIVATEKEY() }
func CustomDataIdentifier_RGNUMBER_BR() DataIdentifier     { return DataIdentifier_RGNUMBER_BR() }
func CustomDataIdentifier_SOCIALINSURANCENUMBER_CA() DataIdentifier {
	return DataIdentifier_SOCIALINSURANCENUMBER_CA()
}
func CustomDataIdentifier_SSN_ES() DataIdentifier   { return DataIdentifier_SSN_ES() }
func CustomDataIdentifier_SSN_US() DataIdentifier   { return DataIdentifier_SSN_US() }
func CustomDataIdentifier_TAXID_DE() DataIdentifier { return DataIdentifier_TAXID_DE() }
func CustomDataIdentifier_TAXID_ES() DataIdentifier { return DataIdentifier_TAXID_ES() }
func CustomDataIdentifier_TAXID_FR() DataIdentifier { return DataIdentifier_TAXID_FR() }
func CustomDataIdentifier_TAXID_GB() DataIdentifier { return DataIdentifier_TAXID_GB() }
func CustomDataIdentifier_VEHICLEIDENTIFICATIONNUMBER() DataIdentifier {
	return DataIdentifier_VEHICLEIDENTIFICATIONNUMBER()
}
func CustomDataIdentifier_ZIPCODE_US() DataIdentifier { return DataIdentifier_ZIPCODE_US() }
