package awscdk

// TimeZone is an IANA time zone, for schedules and other time-based settings.
type TimeZone interface {
	// TimezoneName is the zone name, such as "Europe/Paris".
	TimezoneName() *string
}

type timeZone struct{ name string }

func (z *timeZone) TimezoneName() *string { return str(z.name) }

// TimeZone_Of returns the time zone named timezoneName (an IANA name,
// which is not checked, as aws-cdk-lib does not check it).
func TimeZone_Of(timezoneName *string) TimeZone { return &timeZone{name: deref(timezoneName)} }

// The zones aws-cdk-lib 2.276.0 names (TimeZone.AFRICA_ABIDJAN, ...).

// TimeZone_AFRICA_ABIDJAN is Africa/Abidjan.
func TimeZone_AFRICA_ABIDJAN() TimeZone { return &timeZone{name: "Africa/Abidjan"} }

// TimeZone_AFRICA_ALGIERS is Africa/Algiers.
func TimeZone_AFRICA_ALGIERS() TimeZone { return &timeZone{name: "Africa/Algiers"} }

// TimeZone_AFRICA_BISSAU is Africa/Bissau.
func TimeZone_AFRICA_BISSAU() TimeZone { return &timeZone{name: "Africa/Bissau"} }

// TimeZone_AFRICA_CAIRO is Africa/Cairo.
func TimeZone_AFRICA_CAIRO() TimeZone { return &timeZone{name: "Africa/Cairo"} }

// TimeZone_AFRICA_CASABLANCA is Africa/Casablanca.
func TimeZone_AFRICA_CASABLANCA() TimeZone { return &timeZone{name: "Africa/Casablanca"} }

// TimeZone_AFRICA_CEUTA is Africa/Ceuta.
func TimeZone_AFRICA_CEUTA() TimeZone { return &timeZone{name: "Africa/Ceuta"} }

// TimeZone_AFRICA_EL_AAIUN is Africa/El_Aaiun.
func TimeZone_AFRICA_EL_AAIUN() TimeZone { return &timeZone{name: "Africa/El_Aaiun"} }

// TimeZone_AFRICA_JOHANNESBURG is Africa/Johannesburg.
func TimeZone_AFRICA_JOHANNESBURG() TimeZone { return &timeZone{name: "Africa/Johannesburg"} }

// TimeZone_AFRICA_JUBA is Africa/Juba.
func TimeZone_AFRICA_JUBA() TimeZone { return &timeZone{name: "Africa/Juba"} }

// TimeZone_AFRICA_KHARTOUM is Africa/Khartoum.
func TimeZone_AFRICA_KHARTOUM() TimeZone { return &timeZone{name: "Africa/Khartoum"} }

// TimeZone_AFRICA_LAGOS is Africa/Lagos.
func TimeZone_AFRICA_LAGOS() TimeZone { return &timeZone{name: "Africa/Lagos"} }

// TimeZone_AFRICA_MAPUTO is Africa/Maputo.
func TimeZone_AFRICA_MAPUTO() TimeZone { return &timeZone{name: "Africa/Maputo"} }

// TimeZone_AFRICA_MONROVIA is Africa/Monrovia.
func TimeZone_AFRICA_MONROVIA() TimeZone { return &timeZone{name: "Africa/Monrovia"} }

// TimeZone_AFRICA_NAIROBI is Africa/Nairobi.
func TimeZone_AFRICA_NAIROBI() TimeZone { return &timeZone{name: "Africa/Nairobi"} }

// TimeZone_AFRICA_NDJAMENA is Africa/Ndjamena.
func TimeZone_AFRICA_NDJAMENA() TimeZone { return &timeZone{name: "Africa/Ndjamena"} }

// TimeZone_AFRICA_SAO_TOME is Africa/Sao_Tome.
func TimeZone_AFRICA_SAO_TOME() TimeZone { return &timeZone{name: "Africa/Sao_Tome"} }

// TimeZone_AFRICA_TRIPOLI is Africa/Tripoli.
func TimeZone_AFRICA_TRIPOLI() TimeZone { return &timeZone{name: "Africa/Tripoli"} }

// TimeZone_AFRICA_TUNIS is Africa/Tunis.
func TimeZone_AFRICA_TUNIS() TimeZone { return &timeZone{name: "Africa/Tunis"} }

// TimeZone_AFRICA_WINDHOEK is Africa/Windhoek.
func TimeZone_AFRICA_WINDHOEK() TimeZone { return &timeZone{name: "Africa/Windhoek"} }

// TimeZone_AMERICA_ADAK is America/Adak.
func TimeZone_AMERICA_ADAK() TimeZone { return &timeZone{name: "America/Adak"} }

// TimeZone_AMERICA_ANCHORAGE is America/Anchorage.
func TimeZone_AMERICA_ANCHORAGE() TimeZone { return &timeZone{name: "America/Anchorage"} }

// TimeZone_AMERICA_ARAGUAINA is America/Araguaina.
func TimeZone_AMERICA_ARAGUAINA() TimeZone { return &timeZone{name: "America/Araguaina"} }

// TimeZone_AMERICA_ARGENTINA_BUENOS_AIRES is America/Argentina/Buenos_Aires.
func TimeZone_AMERICA_ARGENTINA_BUENOS_AIRES() TimeZone {
	return &timeZone{name: "America/Argentina/Buenos_Aires"}
}

// TimeZone_AMERICA_ARGENTINA_CATAMARCA is America/Argentina/Catamarca.
func TimeZone_AMERICA_ARGENTINA_CATAMARCA() TimeZone {
	return &timeZone{name: "America/Argentina/Catamarca"}
}

// TimeZone_AMERICA_ARGENTINA_CORDOBA is America/Argentina/Cordoba.
func TimeZone_AMERICA_ARGENTINA_CORDOBA() TimeZone {
	return &timeZone{name: "America/Argentina/Cordoba"}
}

// TimeZone_AMERICA_ARGENTINA_JUJUY is America/Argentina/Jujuy.
func TimeZone_AMERICA_ARGENTINA_JUJUY() TimeZone { return &timeZone{name: "America/Argentina/Jujuy"} }

// TimeZone_AMERICA_ARGENTINA_LA_RIOJA is America/Argentina/La_Rioja.
func TimeZone_AMERICA_ARGENTINA_LA_RIOJA() TimeZone {
	return &timeZone{name: "America/Argentina/La_Rioja"}
}

// TimeZone_AMERICA_ARGENTINA_MENDOZA is America/Argentina/Mendoza.
func TimeZone_AMERICA_ARGENTINA_MENDOZA() TimeZone {
	return &timeZone{name: "America/Argentina/Mendoza"}
}

// TimeZone_AMERICA_ARGENTINA_RIO_GALLEGOS is America/Argentina/Rio_Gallegos.
func TimeZone_AMERICA_ARGENTINA_RIO_GALLEGOS() TimeZone {
	return &timeZone{name: "America/Argentina/Rio_Gallegos"}
}

// TimeZone_AMERICA_ARGENTINA_SALTA is America/Argentina/Salta.
func TimeZone_AMERICA_ARGENTINA_SALTA() TimeZone { return &timeZone{name: "America/Argentina/Salta"} }

// TimeZone_AMERICA_ARGENTINA_SAN_JUAN is America/Argentina/San_Juan.
func TimeZone_AMERICA_ARGENTINA_SAN_JUAN() TimeZone {
	return &timeZone{name: "America/Argentina/San_Juan"}
}

// TimeZone_AMERICA_ARGENTINA_SAN_LUIS is America/Argentina/San_Luis.
func TimeZone_AMERICA_ARGENTINA_SAN_LUIS() TimeZone {
	return &timeZone{name: "America/Argentina/San_Luis"}
}

// TimeZone_AMERICA_ARGENTINA_TUCUMAN is America/Argentina/Tucuman.
func TimeZone_AMERICA_ARGENTINA_TUCUMAN() TimeZone {
	return &timeZone{name: "America/Argentina/Tucuman"}
}

// TimeZone_AMERICA_ARGENTINA_USHUAIA is America/Argentina/Ushuaia.
func TimeZone_AMERICA_ARGENTINA_USHUAIA() TimeZone {
	return &timeZone{name: "America/Argentina/Ushuaia"}
}

// TimeZone_AMERICA_ASUNCION is America/Asuncion.
func TimeZone_AMERICA_ASUNCION() TimeZone { return &timeZone{name: "America/Asuncion"} }

// TimeZone_AMERICA_BAHIA is America/Bahia.
func TimeZone_AMERICA_BAHIA() TimeZone { return &timeZone{name: "America/Bahia"} }

// TimeZone_AMERICA_BAHIA_BANDERAS is America/Bahia_Banderas.
func TimeZone_AMERICA_BAHIA_BANDERAS() TimeZone { return &timeZone{name: "America/Bahia_Banderas"} }

// TimeZone_AMERICA_BARBADOS is America/Barbados.
func TimeZone_AMERICA_BARBADOS() TimeZone { return &timeZone{name: "America/Barbados"} }

// TimeZone_AMERICA_BELEM is America/Belem.
func TimeZone_AMERICA_BELEM() TimeZone { return &timeZone{name: "America/Belem"} }

// TimeZone_AMERICA_BELIZE is America/Belize.
func TimeZone_AMERICA_BELIZE() TimeZone { return &timeZone{name: "America/Belize"} }

// TimeZone_AMERICA_BOA_VISTA is America/Boa_Vista.
func TimeZone_AMERICA_BOA_VISTA() TimeZone { return &timeZone{name: "America/Boa_Vista"} }

// TimeZone_AMERICA_BOGOTA is America/Bogota.
func TimeZone_AMERICA_BOGOTA() TimeZone { return &timeZone{name: "America/Bogota"} }

// TimeZone_AMERICA_BOISE is America/Boise.
func TimeZone_AMERICA_BOISE() TimeZone { return &timeZone{name: "America/Boise"} }

// TimeZone_AMERICA_CAMBRIDGE_BAY is America/Cambridge_Bay.
func TimeZone_AMERICA_CAMBRIDGE_BAY() TimeZone { return &timeZone{name: "America/Cambridge_Bay"} }

// TimeZone_AMERICA_CAMPO_GRANDE is America/Campo_Grande.
func TimeZone_AMERICA_CAMPO_GRANDE() TimeZone { return &timeZone{name: "America/Campo_Grande"} }

// TimeZone_AMERICA_CANCUN is America/Cancun.
func TimeZone_AMERICA_CANCUN() TimeZone { return &timeZone{name: "America/Cancun"} }

// TimeZone_AMERICA_CARACAS is America/Caracas.
func TimeZone_AMERICA_CARACAS() TimeZone { return &timeZone{name: "America/Caracas"} }

// TimeZone_AMERICA_CAYENNE is America/Cayenne.
func TimeZone_AMERICA_CAYENNE() TimeZone { return &timeZone{name: "America/Cayenne"} }

// TimeZone_AMERICA_CHICAGO is America/Chicago.
func TimeZone_AMERICA_CHICAGO() TimeZone { return &timeZone{name: "America/Chicago"} }

// TimeZone_AMERICA_CHIHUAHUA is America/Chihuahua.
func TimeZone_AMERICA_CHIHUAHUA() TimeZone { return &timeZone{name: "America/Chihuahua"} }

// TimeZone_AMERICA_CIUDAD_JUAREZ is America/Ciudad_Juarez.
func TimeZone_AMERICA_CIUDAD_JUAREZ() TimeZone { return &timeZone{name: "America/Ciudad_Juarez"} }

// TimeZone_AMERICA_COSTA_RICA is America/Costa_Rica.
func TimeZone_AMERICA_COSTA_RICA() TimeZone { return &timeZone{name: "America/Costa_Rica"} }

// TimeZone_AMERICA_CUIABA is America/Cuiaba.
func TimeZone_AMERICA_CUIABA() TimeZone { return &timeZone{name: "America/Cuiaba"} }

// TimeZone_AMERICA_DANMARKSHAVN is America/Danmarkshavn.
func TimeZone_AMERICA_DANMARKSHAVN() TimeZone { return &timeZone{name: "America/Danmarkshavn"} }

// TimeZone_AMERICA_DAWSON is America/Dawson.
func TimeZone_AMERICA_DAWSON() TimeZone { return &timeZone{name: "America/Dawson"} }

// TimeZone_AMERICA_DAWSON_CREEK is America/Dawson_Creek.
func TimeZone_AMERICA_DAWSON_CREEK() TimeZone { return &timeZone{name: "America/Dawson_Creek"} }

// TimeZone_AMERICA_DENVER is America/Denver.
func TimeZone_AMERICA_DENVER() TimeZone { return &timeZone{name: "America/Denver"} }

// TimeZone_AMERICA_DETROIT is America/Detroit.
func TimeZone_AMERICA_DETROIT() TimeZone { return &timeZone{name: "America/Detroit"} }

// TimeZone_AMERICA_EDMONTON is America/Edmonton.
func TimeZone_AMERICA_EDMONTON() TimeZone { return &timeZone{name: "America/Edmonton"} }

// TimeZone_AMERICA_EIRUNEPE is America/Eirunepe.
func TimeZone_AMERICA_EIRUNEPE() TimeZone { return &timeZone{name: "America/Eirunepe"} }

// TimeZone_AMERICA_EL_SALVADOR is America/El_Salvador.
func TimeZone_AMERICA_EL_SALVADOR() TimeZone { return &timeZone{name: "America/El_Salvador"} }

// TimeZone_AMERICA_FORTALEZA is America/Fortaleza.
func TimeZone_AMERICA_FORTALEZA() TimeZone { return &timeZone{name: "America/Fortaleza"} }

// TimeZone_AMERICA_FORT_NELSON is America/Fort_Nelson.
func TimeZone_AMERICA_FORT_NELSON() TimeZone { return &timeZone{name: "America/Fort_Nelson"} }

// TimeZone_AMERICA_GLACE_BAY is America/Glace_Bay.
func TimeZone_AMERICA_GLACE_BAY() TimeZone { return &timeZone{name: "America/Glace_Bay"} }

// TimeZone_AMERICA_GOOSE_BAY is America/Goose_Bay.
func TimeZone_AMERICA_GOOSE_BAY() TimeZone { return &timeZone{name: "America/Goose_Bay"} }

// TimeZone_AMERICA_GRAND_TURK is America/Grand_Turk.
func TimeZone_AMERICA_GRAND_TURK() TimeZone { return &timeZone{name: "America/Grand_Turk"} }

// TimeZone_AMERICA_GUATEMALA is America/Guatemala.
func TimeZone_AMERICA_GUATEMALA() TimeZone { return &timeZone{name: "America/Guatemala"} }

// TimeZone_AMERICA_GUAYAQUIL is America/Guayaquil.
func TimeZone_AMERICA_GUAYAQUIL() TimeZone { return &timeZone{name: "America/Guayaquil"} }

// TimeZone_AMERICA_GUYANA is America/Guyana.
func TimeZone_AMERICA_GUYANA() TimeZone { return &timeZone{name: "America/Guyana"} }

// TimeZone_AMERICA_HALIFAX is America/Halifax.
func TimeZone_AMERICA_HALIFAX() TimeZone { return &timeZone{name: "America/Halifax"} }

// TimeZone_AMERICA_HAVANA is America/Havana.
func TimeZone_AMERICA_HAVANA() TimeZone { return &timeZone{name: "America/Havana"} }

// TimeZone_AMERICA_HERMOSILLO is America/Hermosillo.
func TimeZone_AMERICA_HERMOSILLO() TimeZone { return &timeZone{name: "America/Hermosillo"} }

// TimeZone_AMERICA_INDIANA_INDIANAPOLIS is America/Indiana/Indianapolis.
func TimeZone_AMERICA_INDIANA_INDIANAPOLIS() TimeZone {
	return &timeZone{name: "America/Indiana/Indianapolis"}
}

// TimeZone_AMERICA_INDIANA_KNOX is America/Indiana/Knox.
func TimeZone_AMERICA_INDIANA_KNOX() TimeZone { return &timeZone{name: "America/Indiana/Knox"} }

// TimeZone_AMERICA_INDIANA_MARENGO is America/Indiana/Marengo.
func TimeZone_AMERICA_INDIANA_MARENGO() TimeZone { return &timeZone{name: "America/Indiana/Marengo"} }

// TimeZone_AMERICA_INDIANA_PETERSBURG is America/Indiana/Petersburg.
func TimeZone_AMERICA_INDIANA_PETERSBURG() TimeZone {
	return &timeZone{name: "America/Indiana/Petersburg"}
}

// TimeZone_AMERICA_INDIANA_TELL_CITY is America/Indiana/Tell_City.
func TimeZone_AMERICA_INDIANA_TELL_CITY() TimeZone {
	return &timeZone{name: "America/Indiana/Tell_City"}
}

// TimeZone_AMERICA_INDIANA_VEVAY is America/Indiana/Vevay.
func TimeZone_AMERICA_INDIANA_VEVAY() TimeZone { return &timeZone{name: "America/Indiana/Vevay"} }

// TimeZone_AMERICA_INDIANA_VINCENNES is America/Indiana/Vincennes.
func TimeZone_AMERICA_INDIANA_VINCENNES() TimeZone {
	return &timeZone{name: "America/Indiana/Vincennes"}
}

// TimeZone_AMERICA_INDIANA_WINAMAC is America/Indiana/Winamac.
func TimeZone_AMERICA_INDIANA_WINAMAC() TimeZone { return &timeZone{name: "America/Indiana/Winamac"} }

// TimeZone_AMERICA_INUVIK is America/Inuvik.
func TimeZone_AMERICA_INUVIK() TimeZone { return &timeZone{name: "America/Inuvik"} }

// TimeZone_AMERICA_IQALUIT is America/Iqaluit.
func TimeZone_AMERICA_IQALUIT() TimeZone { return &timeZone{name: "America/Iqaluit"} }

// TimeZone_AMERICA_JAMAICA is America/Jamaica.
func TimeZone_AMERICA_JAMAICA() TimeZone { return &timeZone{name: "America/Jamaica"} }

// TimeZone_AMERICA_JUNEAU is America/Juneau.
func TimeZone_AMERICA_JUNEAU() TimeZone { return &timeZone{name: "America/Juneau"} }

// TimeZone_AMERICA_KENTUCKY_LOUISVILLE is America/Kentucky/Louisville.
func TimeZone_AMERICA_KENTUCKY_LOUISVILLE() TimeZone {
	return &timeZone{name: "America/Kentucky/Louisville"}
}

// TimeZone_AMERICA_KENTUCKY_MONTICELLO is America/Kentucky/Monticello.
func TimeZone_AMERICA_KENTUCKY_MONTICELLO() TimeZone {
	return &timeZone{name: "America/Kentucky/Monticello"}
}

// TimeZone_AMERICA_LA_PAZ is America/La_Paz.
func TimeZone_AMERICA_LA_PAZ() TimeZone { return &timeZone{name: "America/La_Paz"} }

// TimeZone_AMERICA_LIMA is America/Lima.
func TimeZone_AMERICA_LIMA() TimeZone { return &timeZone{name: "America/Lima"} }

// TimeZone_AMERICA_LOS_ANGELES is America/Los_Angeles.
func TimeZone_AMERICA_LOS_ANGELES() TimeZone { return &timeZone{name: "America/Los_Angeles"} }

// TimeZone_AMERICA_MACEIO is America/Maceio.
func TimeZone_AMERICA_MACEIO() TimeZone { return &timeZone{name: "America/Maceio"} }

// TimeZone_AMERICA_MANAGUA is America/Managua.
func TimeZone_AMERICA_MANAGUA() TimeZone { return &timeZone{name: "America/Managua"} }

// TimeZone_AMERICA_MANAUS is America/Manaus.
func TimeZone_AMERICA_MANAUS() TimeZone { return &timeZone{name: "America/Manaus"} }

// TimeZone_AMERICA_MARTINIQUE is America/Martinique.
func TimeZone_AMERICA_MARTINIQUE() TimeZone { return &timeZone{name: "America/Martinique"} }

// TimeZone_AMERICA_MATAMOROS is America/Matamoros.
func TimeZone_AMERICA_MATAMOROS() TimeZone { return &timeZone{name: "America/Matamoros"} }

// TimeZone_AMERICA_MAZATLAN is America/Mazatlan.
func TimeZone_AMERICA_MAZATLAN() TimeZone { return &timeZone{name: "America/Mazatlan"} }

// TimeZone_AMERICA_MENOMINEE is America/Menominee.
func TimeZone_AMERICA_MENOMINEE() TimeZone { return &timeZone{name: "America/Menominee"} }

// TimeZone_AMERICA_MERIDA is America/Merida.
func TimeZone_AMERICA_MERIDA() TimeZone { return &timeZone{name: "America/Merida"} }

// TimeZone_AMERICA_METLAKATLA is America/Metlakatla.
func TimeZone_AMERICA_METLAKATLA() TimeZone { return &timeZone{name: "America/Metlakatla"} }

// TimeZone_AMERICA_MEXICO_CITY is America/Mexico_City.
func TimeZone_AMERICA_MEXICO_CITY() TimeZone { return &timeZone{name: "America/Mexico_City"} }

// TimeZone_AMERICA_MIQUELON is America/Miquelon.
func TimeZone_AMERICA_MIQUELON() TimeZone { return &timeZone{name: "America/Miquelon"} }

// TimeZone_AMERICA_MONCTON is America/Moncton.
func TimeZone_AMERICA_MONCTON() TimeZone { return &timeZone{name: "America/Moncton"} }

// TimeZone_AMERICA_MONTERREY is America/Monterrey.
func TimeZone_AMERICA_MONTERREY() TimeZone { return &timeZone{name: "America/Monterrey"} }

// TimeZone_AMERICA_MONTEVIDEO is America/Montevideo.
func TimeZone_AMERICA_MONTEVIDEO() TimeZone { return &timeZone{name: "America/Montevideo"} }

// TimeZone_AMERICA_NEW_YORK is America/New_York.
func TimeZone_AMERICA_NEW_YORK() TimeZone { return &timeZone{name: "America/New_York"} }

// TimeZone_AMERICA_NOME is America/Nome.
func TimeZone_AMERICA_NOME() TimeZone { return &timeZone{name: "America/Nome"} }

// TimeZone_AMERICA_NORONHA is America/Noronha.
func TimeZone_AMERICA_NORONHA() TimeZone { return &timeZone{name: "America/Noronha"} }

// TimeZone_AMERICA_NORTH_DAKOTA_BEULAH is America/North_Dakota/Beulah.
func TimeZone_AMERICA_NORTH_DAKOTA_BEULAH() TimeZone {
	return &timeZone{name: "America/North_Dakota/Beulah"}
}

// TimeZone_AMERICA_NORTH_DAKOTA_CENTER is America/North_Dakota/Center.
func TimeZone_AMERICA_NORTH_DAKOTA_CENTER() TimeZone {
	return &timeZone{name: "America/North_Dakota/Center"}
}

// TimeZone_AMERICA_NORTH_DAKOTA_NEW_SALEM is America/North_Dakota/New_Salem.
func TimeZone_AMERICA_NORTH_DAKOTA_NEW_SALEM() TimeZone {
	return &timeZone{name: "America/North_Dakota/New_Salem"}
}

// TimeZone_AMERICA_NUUK is America/Nuuk.
func TimeZone_AMERICA_NUUK() TimeZone { return &timeZone{name: "America/Nuuk"} }

// TimeZone_AMERICA_OJINAGA is America/Ojinaga.
func TimeZone_AMERICA_OJINAGA() TimeZone { return &timeZone{name: "America/Ojinaga"} }

// TimeZone_AMERICA_PANAMA is America/Panama.
func TimeZone_AMERICA_PANAMA() TimeZone { return &timeZone{name: "America/Panama"} }

// TimeZone_AMERICA_PARAMARIBO is America/Paramaribo.
func TimeZone_AMERICA_PARAMARIBO() TimeZone { return &timeZone{name: "America/Paramaribo"} }

// TimeZone_AMERICA_PHOENIX is America/Phoenix.
func TimeZone_AMERICA_PHOENIX() TimeZone { return &timeZone{name: "America/Phoenix"} }

// TimeZone_AMERICA_PORTO_VELHO is America/Porto_Velho.
func TimeZone_AMERICA_PORTO_VELHO() TimeZone { return &timeZone{name: "America/Porto_Velho"} }

// TimeZone_AMERICA_PORT_MINUS_AU_MINUS_PRINCE is America/Port-au-Prince.
func TimeZone_AMERICA_PORT_MINUS_AU_MINUS_PRINCE() TimeZone {
	return &timeZone{name: "America/Port-au-Prince"}
}

// TimeZone_AMERICA_PUERTO_RICO is America/Puerto_Rico.
func TimeZone_AMERICA_PUERTO_RICO() TimeZone { return &timeZone{name: "America/Puerto_Rico"} }

// TimeZone_AMERICA_PUNTA_ARENAS is America/Punta_Arenas.
func TimeZone_AMERICA_PUNTA_ARENAS() TimeZone { return &timeZone{name: "America/Punta_Arenas"} }

// TimeZone_AMERICA_RANKIN_INLET is America/Rankin_Inlet.
func TimeZone_AMERICA_RANKIN_INLET() TimeZone { return &timeZone{name: "America/Rankin_Inlet"} }

// TimeZone_AMERICA_RECIFE is America/Recife.
func TimeZone_AMERICA_RECIFE() TimeZone { return &timeZone{name: "America/Recife"} }

// TimeZone_AMERICA_REGINA is America/Regina.
func TimeZone_AMERICA_REGINA() TimeZone { return &timeZone{name: "America/Regina"} }

// TimeZone_AMERICA_RESOLUTE is America/Resolute.
func TimeZone_AMERICA_RESOLUTE() TimeZone { return &timeZone{name: "America/Resolute"} }

// TimeZone_AMERICA_RIO_BRANCO is America/Rio_Branco.
func TimeZone_AMERICA_RIO_BRANCO() TimeZone { return &timeZone{name: "America/Rio_Branco"} }

// TimeZone_AMERICA_SANTAREM is America/Santarem.
func TimeZone_AMERICA_SANTAREM() TimeZone { return &timeZone{name: "America/Santarem"} }

// TimeZone_AMERICA_SANTIAGO is America/Santiago.
func TimeZone_AMERICA_SANTIAGO() TimeZone { return &timeZone{name: "America/Santiago"} }

// TimeZone_AMERICA_SANTO_DOMINGO is America/Santo_Domingo.
func TimeZone_AMERICA_SANTO_DOMINGO() TimeZone { return &timeZone{name: "America/Santo_Domingo"} }

// TimeZone_AMERICA_SAO_PAULO is America/Sao_Paulo.
func TimeZone_AMERICA_SAO_PAULO() TimeZone { return &timeZone{name: "America/Sao_Paulo"} }

// TimeZone_AMERICA_SCORESBYSUND is America/Scoresbysund.
func TimeZone_AMERICA_SCORESBYSUND() TimeZone { return &timeZone{name: "America/Scoresbysund"} }

// TimeZone_AMERICA_SITKA is America/Sitka.
func TimeZone_AMERICA_SITKA() TimeZone { return &timeZone{name: "America/Sitka"} }

// TimeZone_AMERICA_ST_JOHNS is America/St_Johns.
func TimeZone_AMERICA_ST_JOHNS() TimeZone { return &timeZone{name: "America/St_Johns"} }

// TimeZone_AMERICA_SWIFT_CURRENT is America/Swift_Current.
func TimeZone_AMERICA_SWIFT_CURRENT() TimeZone { return &timeZone{name: "America/Swift_Current"} }

// TimeZone_AMERICA_TEGUCIGALPA is America/Tegucigalpa.
func TimeZone_AMERICA_TEGUCIGALPA() TimeZone { return &timeZone{name: "America/Tegucigalpa"} }

// TimeZone_AMERICA_THULE is America/Thule.
func TimeZone_AMERICA_THULE() TimeZone { return &timeZone{name: "America/Thule"} }

// TimeZone_AMERICA_TIJUANA is America/Tijuana.
func TimeZone_AMERICA_TIJUANA() TimeZone { return &timeZone{name: "America/Tijuana"} }

// TimeZone_AMERICA_TORONTO is America/Toronto.
func TimeZone_AMERICA_TORONTO() TimeZone { return &timeZone{name: "America/Toronto"} }

// TimeZone_AMERICA_VANCOUVER is America/Vancouver.
func TimeZone_AMERICA_VANCOUVER() TimeZone { return &timeZone{name: "America/Vancouver"} }

// TimeZone_AMERICA_WHITEHORSE is America/Whitehorse.
func TimeZone_AMERICA_WHITEHORSE() TimeZone { return &timeZone{name: "America/Whitehorse"} }

// TimeZone_AMERICA_WINNIPEG is America/Winnipeg.
func TimeZone_AMERICA_WINNIPEG() TimeZone { return &timeZone{name: "America/Winnipeg"} }

// TimeZone_AMERICA_YAKUTAT is America/Yakutat.
func TimeZone_AMERICA_YAKUTAT() TimeZone { return &timeZone{name: "America/Yakutat"} }

// TimeZone_AMERICA_YELLOWKNIFE is America/Yellowknife.
func TimeZone_AMERICA_YELLOWKNIFE() TimeZone { return &timeZone{name: "America/Yellowknife"} }

// TimeZone_ANTARCTICA_CASEY is Antarctica/Casey.
func TimeZone_ANTARCTICA_CASEY() TimeZone { return &timeZone{name: "Antarctica/Casey"} }

// TimeZone_ANTARCTICA_DAVIS is Antarctica/Davis.
func TimeZone_ANTARCTICA_DAVIS() TimeZone { return &timeZone{name: "Antarctica/Davis"} }

// TimeZone_ANTARCTICA_MACQUARIE is Antarctica/Macquarie.
func TimeZone_ANTARCTICA_MACQUARIE() TimeZone { return &timeZone{name: "Antarctica/Macquarie"} }

// TimeZone_ANTARCTICA_MAWSON is Antarctica/Mawson.
func TimeZone_ANTARCTICA_MAWSON() TimeZone { return &timeZone{name: "Antarctica/Mawson"} }

// TimeZone_ANTARCTICA_PALMER is Antarctica/Palmer.
func TimeZone_ANTARCTICA_PALMER() TimeZone { return &timeZone{name: "Antarctica/Palmer"} }

// TimeZone_ANTARCTICA_ROTHERA is Antarctica/Rothera.
func TimeZone_ANTARCTICA_ROTHERA() TimeZone { return &timeZone{name: "Antarctica/Rothera"} }

// TimeZone_ANTARCTICA_TROLL is Antarctica/Troll.
func TimeZone_ANTARCTICA_TROLL() TimeZone { return &timeZone{name: "Antarctica/Troll"} }

// TimeZone_ASIA_ALMATY is Asia/Almaty.
func TimeZone_ASIA_ALMATY() TimeZone { return &timeZone{name: "Asia/Almaty"} }

// TimeZone_ASIA_AMMAN is Asia/Amman.
func TimeZone_ASIA_AMMAN() TimeZone { return &timeZone{name: "Asia/Amman"} }

// TimeZone_ASIA_ANADYR is Asia/Anadyr.
func TimeZone_ASIA_ANADYR() TimeZone { return &timeZone{name: "Asia/Anadyr"} }

// TimeZone_ASIA_AQTAU is Asia/Aqtau.
func TimeZone_ASIA_AQTAU() TimeZone { return &timeZone{name: "Asia/Aqtau"} }

// TimeZone_ASIA_AQTOBE is Asia/Aqtobe.
func TimeZone_ASIA_AQTOBE() TimeZone { return &timeZone{name: "Asia/Aqtobe"} }

// TimeZone_ASIA_ASHGABAT is Asia/Ashgabat.
func TimeZone_ASIA_ASHGABAT() TimeZone { return &timeZone{name: "Asia/Ashgabat"} }

// TimeZone_ASIA_ATYRAU is Asia/Atyrau.
func TimeZone_ASIA_ATYRAU() TimeZone { return &timeZone{name: "Asia/Atyrau"} }

// TimeZone_ASIA_BAGHDAD is Asia/Baghdad.
func TimeZone_ASIA_BAGHDAD() TimeZone { return &timeZone{name: "Asia/Baghdad"} }

// TimeZone_ASIA_BAKU is Asia/Baku.
func TimeZone_ASIA_BAKU() TimeZone { return &timeZone{name: "Asia/Baku"} }

// TimeZone_ASIA_BANGKOK is Asia/Bangkok.
func TimeZone_ASIA_BANGKOK() TimeZone { return &timeZone{name: "Asia/Bangkok"} }

// TimeZone_ASIA_BARNAUL is Asia/Barnaul.
func TimeZone_ASIA_BARNAUL() TimeZone { return &timeZone{name: "Asia/Barnaul"} }

// TimeZone_ASIA_BEIRUT is Asia/Beirut.
func TimeZone_ASIA_BEIRUT() TimeZone { return &timeZone{name: "Asia/Beirut"} }

// TimeZone_ASIA_BISHKEK is Asia/Bishkek.
func TimeZone_ASIA_BISHKEK() TimeZone { return &timeZone{name: "Asia/Bishkek"} }

// TimeZone_ASIA_CHITA is Asia/Chita.
func TimeZone_ASIA_CHITA() TimeZone { return &timeZone{name: "Asia/Chita"} }

// TimeZone_ASIA_CHOIBALSAN is Asia/Choibalsan.
func TimeZone_ASIA_CHOIBALSAN() TimeZone { return &timeZone{name: "Asia/Choibalsan"} }

// TimeZone_ASIA_COLOMBO is Asia/Colombo.
func TimeZone_ASIA_COLOMBO() TimeZone { return &timeZone{name: "Asia/Colombo"} }

// TimeZone_ASIA_DAMASCUS is Asia/Damascus.
func TimeZone_ASIA_DAMASCUS() TimeZone { return &timeZone{name: "Asia/Damascus"} }

// TimeZone_ASIA_DHAKA is Asia/Dhaka.
func TimeZone_ASIA_DHAKA() TimeZone { return &timeZone{name: "Asia/Dhaka"} }

// TimeZone_ASIA_DILI is Asia/Dili.
func TimeZone_ASIA_DILI() TimeZone { return &timeZone{name: "Asia/Dili"} }

// TimeZone_ASIA_DUBAI is Asia/Dubai.
func TimeZone_ASIA_DUBAI() TimeZone { return &timeZone{name: "Asia/Dubai"} }

// TimeZone_ASIA_DUSHANBE is Asia/Dushanbe.
func TimeZone_ASIA_DUSHANBE() TimeZone { return &timeZone{name: "Asia/Dushanbe"} }

// TimeZone_ASIA_FAMAGUSTA is Asia/Famagusta.
func TimeZone_ASIA_FAMAGUSTA() TimeZone { return &timeZone{name: "Asia/Famagusta"} }

// TimeZone_ASIA_GAZA is Asia/Gaza.
func TimeZone_ASIA_GAZA() TimeZone { return &timeZone{name: "Asia/Gaza"} }

// TimeZone_ASIA_HEBRON is Asia/Hebron.
func TimeZone_ASIA_HEBRON() TimeZone { return &timeZone{name: "Asia/Hebron"} }

// TimeZone_ASIA_HONG_KONG is Asia/Hong_Kong.
func TimeZone_ASIA_HONG_KONG() TimeZone { return &timeZone{name: "Asia/Hong_Kong"} }

// TimeZone_ASIA_HOVD is Asia/Hovd.
func TimeZone_ASIA_HOVD() TimeZone { return &timeZone{name: "Asia/Hovd"} }

// TimeZone_ASIA_HO_CHI_MINH is Asia/Ho_Chi_Minh.
func TimeZone_ASIA_HO_CHI_MINH() TimeZone { return &timeZone{name: "Asia/Ho_Chi_Minh"} }

// TimeZone_ASIA_IRKUTSK is Asia/Irkutsk.
func TimeZone_ASIA_IRKUTSK() TimeZone { return &timeZone{name: "Asia/Irkutsk"} }

// TimeZone_ASIA_JAKARTA is Asia/Jakarta.
func TimeZone_ASIA_JAKARTA() TimeZone { return &timeZone{name: "Asia/Jakarta"} }

// TimeZone_ASIA_JAYAPURA is Asia/Jayapura.
func TimeZone_ASIA_JAYAPURA() TimeZone { return &timeZone{name: "Asia/Jayapura"} }

// TimeZone_ASIA_JERUSALEM is Asia/Jerusalem.
func TimeZone_ASIA_JERUSALEM() TimeZone { return &timeZone{name: "Asia/Jerusalem"} }

// TimeZone_ASIA_KABUL is Asia/Kabul.
func TimeZone_ASIA_KABUL() TimeZone { return &timeZone{name: "Asia/Kabul"} }

// TimeZone_ASIA_KAMCHATKA is Asia/Kamchatka.
func TimeZone_ASIA_KAMCHATKA() TimeZone { return &timeZone{name: "Asia/Kamchatka"} }

// TimeZone_ASIA_KARACHI is Asia/Karachi.
func TimeZone_ASIA_KARACHI() TimeZone { return &timeZone{name: "Asia/Karachi"} }

// TimeZone_ASIA_KATHMANDU is Asia/Kathmandu.
func TimeZone_ASIA_KATHMANDU() TimeZone { return &timeZone{name: "Asia/Kathmandu"} }

// TimeZone_ASIA_KHANDYGA is Asia/Khandyga.
func TimeZone_ASIA_KHANDYGA() TimeZone { return &timeZone{name: "Asia/Khandyga"} }

// TimeZone_ASIA_KOLKATA is Asia/Kolkata.
func TimeZone_ASIA_KOLKATA() TimeZone { return &timeZone{name: "Asia/Kolkata"} }

// TimeZone_ASIA_KRASNOYARSK is Asia/Krasnoyarsk.
func TimeZone_ASIA_KRASNOYARSK() TimeZone { return &timeZone{name: "Asia/Krasnoyarsk"} }

// TimeZone_ASIA_KUCHING is Asia/Kuching.
func TimeZone_ASIA_KUCHING() TimeZone { return &timeZone{name: "Asia/Kuching"} }

// TimeZone_ASIA_MACAU is Asia/Macau.
func TimeZone_ASIA_MACAU() TimeZone { return &timeZone{name: "Asia/Macau"} }

// TimeZone_ASIA_MAGADAN is Asia/Magadan.
func TimeZone_ASIA_MAGADAN() TimeZone { return &timeZone{name: "Asia/Magadan"} }

// TimeZone_ASIA_MAKASSAR is Asia/Makassar.
func TimeZone_ASIA_MAKASSAR() TimeZone { return &timeZone{name: "Asia/Makassar"} }

// TimeZone_ASIA_MANILA is Asia/Manila.
func TimeZone_ASIA_MANILA() TimeZone { return &timeZone{name: "Asia/Manila"} }

// TimeZone_ASIA_NICOSIA is Asia/Nicosia.
func TimeZone_ASIA_NICOSIA() TimeZone { return &timeZone{name: "Asia/Nicosia"} }

// TimeZone_ASIA_NOVOKUZNETSK is Asia/Novokuznetsk.
func TimeZone_ASIA_NOVOKUZNETSK() TimeZone { return &timeZone{name: "Asia/Novokuznetsk"} }

// TimeZone_ASIA_NOVOSIBIRSK is Asia/Novosibirsk.
func TimeZone_ASIA_NOVOSIBIRSK() TimeZone { return &timeZone{name: "Asia/Novosibirsk"} }

// TimeZone_ASIA_OMSK is Asia/Omsk.
func TimeZone_ASIA_OMSK() TimeZone { return &timeZone{name: "Asia/Omsk"} }

// TimeZone_ASIA_ORAL is Asia/Oral.
func TimeZone_ASIA_ORAL() TimeZone { return &timeZone{name: "Asia/Oral"} }

// TimeZone_ASIA_PONTIANAK is Asia/Pontianak.
func TimeZone_ASIA_PONTIANAK() TimeZone { return &timeZone{name: "Asia/Pontianak"} }

// TimeZone_ASIA_PYONGYANG is Asia/Pyongyang.
func TimeZone_ASIA_PYONGYANG() TimeZone { return &timeZone{name: "Asia/Pyongyang"} }

// TimeZone_ASIA_QATAR is Asia/Qatar.
func TimeZone_ASIA_QATAR() TimeZone { return &timeZone{name: "Asia/Qatar"} }

// TimeZone_ASIA_QOSTANAY is Asia/Qostanay.
func TimeZone_ASIA_QOSTANAY() TimeZone { return &timeZone{name: "Asia/Qostanay"} }

// TimeZone_ASIA_QYZYLORDA is Asia/Qyzylorda.
func TimeZone_ASIA_QYZYLORDA() TimeZone { return &timeZone{name: "Asia/Qyzylorda"} }

// TimeZone_ASIA_RIYADH is Asia/Riyadh.
func TimeZone_ASIA_RIYADH() TimeZone { return &timeZone{name: "Asia/Riyadh"} }

// TimeZone_ASIA_SAKHALIN is Asia/Sakhalin.
func TimeZone_ASIA_SAKHALIN() TimeZone { return &timeZone{name: "Asia/Sakhalin"} }

// TimeZone_ASIA_SAMARKAND is Asia/Samarkand.
func TimeZone_ASIA_SAMARKAND() TimeZone { return &timeZone{name: "Asia/Samarkand"} }

// TimeZone_ASIA_SEOUL is Asia/Seoul.
func TimeZone_ASIA_SEOUL() TimeZone { return &timeZone{name: "Asia/Seoul"} }

// TimeZone_ASIA_SHANGHAI is Asia/Shanghai.
func TimeZone_ASIA_SHANGHAI() TimeZone { return &timeZone{name: "Asia/Shanghai"} }

// TimeZone_ASIA_SINGAPORE is Asia/Singapore.
func TimeZone_ASIA_SINGAPORE() TimeZone { return &timeZone{name: "Asia/Singapore"} }

// TimeZone_ASIA_SREDNEKOLYMSK is Asia/Srednekolymsk.
func TimeZone_ASIA_SREDNEKOLYMSK() TimeZone { return &timeZone{name: "Asia/Srednekolymsk"} }

// TimeZone_ASIA_TAIPEI is Asia/Taipei.
func TimeZone_ASIA_TAIPEI() TimeZone { return &timeZone{name: "Asia/Taipei"} }

// TimeZone_ASIA_TASHKENT is Asia/Tashkent.
func TimeZone_ASIA_TASHKENT() TimeZone { return &timeZone{name: "Asia/Tashkent"} }

// TimeZone_ASIA_TBILISI is Asia/Tbilisi.
func TimeZone_ASIA_TBILISI() TimeZone { return &timeZone{name: "Asia/Tbilisi"} }

// TimeZone_ASIA_TEHRAN is Asia/Tehran.
func TimeZone_ASIA_TEHRAN() TimeZone { return &timeZone{name: "Asia/Tehran"} }

// TimeZone_ASIA_THIMPHU is Asia/Thimphu.
func TimeZone_ASIA_THIMPHU() TimeZone { return &timeZone{name: "Asia/Thimphu"} }

// TimeZone_ASIA_TOKYO is Asia/Tokyo.
func TimeZone_ASIA_TOKYO() TimeZone { return &timeZone{name: "Asia/Tokyo"} }

// TimeZone_ASIA_TOMSK is Asia/Tomsk.
func TimeZone_ASIA_TOMSK() TimeZone { return &timeZone{name: "Asia/Tomsk"} }

// TimeZone_ASIA_ULAANBAATAR is Asia/Ulaanbaatar.
func TimeZone_ASIA_ULAANBAATAR() TimeZone { return &timeZone{name: "Asia/Ulaanbaatar"} }

// TimeZone_ASIA_URUMQI is Asia/Urumqi.
func TimeZone_ASIA_URUMQI() TimeZone { return &timeZone{name: "Asia/Urumqi"} }

// TimeZone_ASIA_UST_MINUS_NERA is Asia/Ust-Nera.
func TimeZone_ASIA_UST_MINUS_NERA() TimeZone { return &timeZone{name: "Asia/Ust-Nera"} }

// TimeZone_ASIA_VLADIVOSTOK is Asia/Vladivostok.
func TimeZone_ASIA_VLADIVOSTOK() TimeZone { return &timeZone{name: "Asia/Vladivostok"} }

// TimeZone_ASIA_YAKUTSK is Asia/Yakutsk.
func TimeZone_ASIA_YAKUTSK() TimeZone { return &timeZone{name: "Asia/Yakutsk"} }

// TimeZone_ASIA_YANGON is Asia/Yangon.
func TimeZone_ASIA_YANGON() TimeZone { return &timeZone{name: "Asia/Yangon"} }

// TimeZone_ASIA_YEKATERINBURG is Asia/Yekaterinburg.
func TimeZone_ASIA_YEKATERINBURG() TimeZone { return &timeZone{name: "Asia/Yekaterinburg"} }

// TimeZone_ASIA_YEREVAN is Asia/Yerevan.
func TimeZone_ASIA_YEREVAN() TimeZone { return &timeZone{name: "Asia/Yerevan"} }

// TimeZone_ATLANTIC_AZORES is Atlantic/Azores.
func TimeZone_ATLANTIC_AZORES() TimeZone { return &timeZone{name: "Atlantic/Azores"} }

// TimeZone_ATLANTIC_BERMUDA is Atlantic/Bermuda.
func TimeZone_ATLANTIC_BERMUDA() TimeZone { return &timeZone{name: "Atlantic/Bermuda"} }

// TimeZone_ATLANTIC_CANARY is Atlantic/Canary.
func TimeZone_ATLANTIC_CANARY() TimeZone { return &timeZone{name: "Atlantic/Canary"} }

// TimeZone_ATLANTIC_CAPE_VERDE is Atlantic/Cape_Verde.
func TimeZone_ATLANTIC_CAPE_VERDE() TimeZone { return &timeZone{name: "Atlantic/Cape_Verde"} }

// TimeZone_ATLANTIC_FAROE is Atlantic/Faroe.
func TimeZone_ATLANTIC_FAROE() TimeZone { return &timeZone{name: "Atlantic/Faroe"} }

// TimeZone_ATLANTIC_MADEIRA is Atlantic/Madeira.
func TimeZone_ATLANTIC_MADEIRA() TimeZone { return &timeZone{name: "Atlantic/Madeira"} }

// TimeZone_ATLANTIC_SOUTH_GEORGIA is Atlantic/South_Georgia.
func TimeZone_ATLANTIC_SOUTH_GEORGIA() TimeZone { return &timeZone{name: "Atlantic/South_Georgia"} }

// TimeZone_ATLANTIC_STANLEY is Atlantic/Stanley.
func TimeZone_ATLANTIC_STANLEY() TimeZone { return &timeZone{name: "Atlantic/Stanley"} }

// TimeZone_AUSTRALIA_ADELAIDE is Australia/Adelaide.
func TimeZone_AUSTRALIA_ADELAIDE() TimeZone { return &timeZone{name: "Australia/Adelaide"} }

// TimeZone_AUSTRALIA_BRISBANE is Australia/Brisbane.
func TimeZone_AUSTRALIA_BRISBANE() TimeZone { return &timeZone{name: "Australia/Brisbane"} }

// TimeZone_AUSTRALIA_BROKEN_HILL is Australia/Broken_Hill.
func TimeZone_AUSTRALIA_BROKEN_HILL() TimeZone { return &timeZone{name: "Australia/Broken_Hill"} }

// TimeZone_AUSTRALIA_DARWIN is Australia/Darwin.
func TimeZone_AUSTRALIA_DARWIN() TimeZone { return &timeZone{name: "Australia/Darwin"} }

// TimeZone_AUSTRALIA_EUCLA is Australia/Eucla.
func TimeZone_AUSTRALIA_EUCLA() TimeZone { return &timeZone{name: "Australia/Eucla"} }

// TimeZone_AUSTRALIA_HOBART is Australia/Hobart.
func TimeZone_AUSTRALIA_HOBART() TimeZone { return &timeZone{name: "Australia/Hobart"} }

// TimeZone_AUSTRALIA_LINDEMAN is Australia/Lindeman.
func TimeZone_AUSTRALIA_LINDEMAN() TimeZone { return &timeZone{name: "Australia/Lindeman"} }

// TimeZone_AUSTRALIA_LORD_HOWE is Australia/Lord_Howe.
func TimeZone_AUSTRALIA_LORD_HOWE() TimeZone { return &timeZone{name: "Australia/Lord_Howe"} }

// TimeZone_AUSTRALIA_MELBOURNE is Australia/Melbourne.
func TimeZone_AUSTRALIA_MELBOURNE() TimeZone { return &timeZone{name: "Australia/Melbourne"} }

// TimeZone_AUSTRALIA_PERTH is Australia/Perth.
func TimeZone_AUSTRALIA_PERTH() TimeZone { return &timeZone{name: "Australia/Perth"} }

// TimeZone_AUSTRALIA_SYDNEY is Australia/Sydney.
func TimeZone_AUSTRALIA_SYDNEY() TimeZone { return &timeZone{name: "Australia/Sydney"} }

// TimeZone_CET is CET.
func TimeZone_CET() TimeZone { return &timeZone{name: "CET"} }

// TimeZone_CST6CDT is CST6CDT.
func TimeZone_CST6CDT() TimeZone { return &timeZone{name: "CST6CDT"} }

// TimeZone_EET is EET.
func TimeZone_EET() TimeZone { return &timeZone{name: "EET"} }

// TimeZone_EST is EST.
func TimeZone_EST() TimeZone { return &timeZone{name: "EST"} }

// TimeZone_EST5EDT is EST5EDT.
func TimeZone_EST5EDT() TimeZone { return &timeZone{name: "EST5EDT"} }

// TimeZone_ETC_GMT is Etc/GMT.
func TimeZone_ETC_GMT() TimeZone { return &timeZone{name: "Etc/GMT"} }

// TimeZone_ETC_GMT_MINUS_1 is Etc/GMT-1.
func TimeZone_ETC_GMT_MINUS_1() TimeZone { return &timeZone{name: "Etc/GMT-1"} }

// TimeZone_ETC_GMT_MINUS_10 is Etc/GMT-10.
func TimeZone_ETC_GMT_MINUS_10() TimeZone { return &timeZone{name: "Etc/GMT-10"} }

// TimeZone_ETC_GMT_MINUS_11 is Etc/GMT-11.
func TimeZone_ETC_GMT_MINUS_11() TimeZone { return &timeZone{name: "Etc/GMT-11"} }

// TimeZone_ETC_GMT_MINUS_12 is Etc/GMT-12.
func TimeZone_ETC_GMT_MINUS_12() TimeZone { return &timeZone{name: "Etc/GMT-12"} }

// TimeZone_ETC_GMT_MINUS_13 is Etc/GMT-13.
func TimeZone_ETC_GMT_MINUS_13() TimeZone { return &timeZone{name: "Etc/GMT-13"} }

// TimeZone_ETC_GMT_MINUS_14 is Etc/GMT-14.
func TimeZone_ETC_GMT_MINUS_14() TimeZone { return &timeZone{name: "Etc/GMT-14"} }

// TimeZone_ETC_GMT_MINUS_2 is Etc/GMT-2.
func TimeZone_ETC_GMT_MINUS_2() TimeZone { return &timeZone{name: "Etc/GMT-2"} }

// TimeZone_ETC_GMT_MINUS_3 is Etc/GMT-3.
func TimeZone_ETC_GMT_MINUS_3() TimeZone { return &timeZone{name: "Etc/GMT-3"} }

// TimeZone_ETC_GMT_MINUS_4 is Etc/GMT-4.
func TimeZone_ETC_GMT_MINUS_4() TimeZone { return &timeZone{name: "Etc/GMT-4"} }

// TimeZone_ETC_GMT_MINUS_5 is Etc/GMT-5.
func TimeZone_ETC_GMT_MINUS_5() TimeZone { return &timeZone{name: "Etc/GMT-5"} }

// TimeZone_ETC_GMT_MINUS_6 is Etc/GMT-6.
func TimeZone_ETC_GMT_MINUS_6() TimeZone { return &timeZone{name: "Etc/GMT-6"} }

// TimeZone_ETC_GMT_MINUS_7 is Etc/GMT-7.
func TimeZone_ETC_GMT_MINUS_7() TimeZone { return &timeZone{name: "Etc/GMT-7"} }

// TimeZone_ETC_GMT_MINUS_8 is Etc/GMT-8.
func TimeZone_ETC_GMT_MINUS_8() TimeZone { return &timeZone{name: "Etc/GMT-8"} }

// TimeZone_ETC_GMT_MINUS_9 is Etc/GMT-9.
func TimeZone_ETC_GMT_MINUS_9() TimeZone { return &timeZone{name: "Etc/GMT-9"} }

// TimeZone_ETC_GMT_PLUS_1 is Etc/GMT+1.
func TimeZone_ETC_GMT_PLUS_1() TimeZone { return &timeZone{name: "Etc/GMT+1"} }

// TimeZone_ETC_GMT_PLUS_10 is Etc/GMT+10.
func TimeZone_ETC_GMT_PLUS_10() TimeZone { return &timeZone{name: "Etc/GMT+10"} }

// TimeZone_ETC_GMT_PLUS_11 is Etc/GMT+11.
func TimeZone_ETC_GMT_PLUS_11() TimeZone { return &timeZone{name: "Etc/GMT+11"} }

// TimeZone_ETC_GMT_PLUS_12 is Etc/GMT+12.
func TimeZone_ETC_GMT_PLUS_12() TimeZone { return &timeZone{name: "Etc/GMT+12"} }

// TimeZone_ETC_GMT_PLUS_2 is Etc/GMT+2.
func TimeZone_ETC_GMT_PLUS_2() TimeZone { return &timeZone{name: "Etc/GMT+2"} }

// TimeZone_ETC_GMT_PLUS_3 is Etc/GMT+3.
func TimeZone_ETC_GMT_PLUS_3() TimeZone { return &timeZone{name: "Etc/GMT+3"} }

// TimeZone_ETC_GMT_PLUS_4 is Etc/GMT+4.
func TimeZone_ETC_GMT_PLUS_4() TimeZone { return &timeZone{name: "Etc/GMT+4"} }

// TimeZone_ETC_GMT_PLUS_5 is Etc/GMT+5.
func TimeZone_ETC_GMT_PLUS_5() TimeZone { return &timeZone{name: "Etc/GMT+5"} }

// TimeZone_ETC_GMT_PLUS_6 is Etc/GMT+6.
func TimeZone_ETC_GMT_PLUS_6() TimeZone { return &timeZone{name: "Etc/GMT+6"} }

// TimeZone_ETC_GMT_PLUS_7 is Etc/GMT+7.
func TimeZone_ETC_GMT_PLUS_7() TimeZone { return &timeZone{name: "Etc/GMT+7"} }

// TimeZone_ETC_GMT_PLUS_8 is Etc/GMT+8.
func TimeZone_ETC_GMT_PLUS_8() TimeZone { return &timeZone{name: "Etc/GMT+8"} }

// TimeZone_ETC_GMT_PLUS_9 is Etc/GMT+9.
func TimeZone_ETC_GMT_PLUS_9() TimeZone { return &timeZone{name: "Etc/GMT+9"} }

// TimeZone_ETC_UTC is Etc/UTC.
func TimeZone_ETC_UTC() TimeZone { return &timeZone{name: "Etc/UTC"} }

// TimeZone_EUROPE_ANDORRA is Europe/Andorra.
func TimeZone_EUROPE_ANDORRA() TimeZone { return &timeZone{name: "Europe/Andorra"} }

// TimeZone_EUROPE_ASTRAKHAN is Europe/Astrakhan.
func TimeZone_EUROPE_ASTRAKHAN() TimeZone { return &timeZone{name: "Europe/Astrakhan"} }

// TimeZone_EUROPE_ATHENS is Europe/Athens.
func TimeZone_EUROPE_ATHENS() TimeZone { return &timeZone{name: "Europe/Athens"} }

// TimeZone_EUROPE_BELGRADE is Europe/Belgrade.
func TimeZone_EUROPE_BELGRADE() TimeZone { return &timeZone{name: "Europe/Belgrade"} }

// TimeZone_EUROPE_BERLIN is Europe/Berlin.
func TimeZone_EUROPE_BERLIN() TimeZone { return &timeZone{name: "Europe/Berlin"} }

// TimeZone_EUROPE_BRUSSELS is Europe/Brussels.
func TimeZone_EUROPE_BRUSSELS() TimeZone { return &timeZone{name: "Europe/Brussels"} }

// TimeZone_EUROPE_BUCHAREST is Europe/Bucharest.
func TimeZone_EUROPE_BUCHAREST() TimeZone { return &timeZone{name: "Europe/Bucharest"} }

// TimeZone_EUROPE_BUDAPEST is Europe/Budapest.
func TimeZone_EUROPE_BUDAPEST() TimeZone { return &timeZone{name: "Europe/Budapest"} }

// TimeZone_EUROPE_CHISINAU is Europe/Chisinau.
func TimeZone_EUROPE_CHISINAU() TimeZone { return &timeZone{name: "Europe/Chisinau"} }

// TimeZone_EUROPE_DUBLIN is Europe/Dublin.
func TimeZone_EUROPE_DUBLIN() TimeZone { return &timeZone{name: "Europe/Dublin"} }

// TimeZone_EUROPE_GIBRALTAR is Europe/Gibraltar.
func TimeZone_EUROPE_GIBRALTAR() TimeZone { return &timeZone{name: "Europe/Gibraltar"} }

// TimeZone_EUROPE_HELSINKI is Europe/Helsinki.
func TimeZone_EUROPE_HELSINKI() TimeZone { return &timeZone{name: "Europe/Helsinki"} }

// TimeZone_EUROPE_ISTANBUL is Europe/Istanbul.
func TimeZone_EUROPE_ISTANBUL() TimeZone { return &timeZone{name: "Europe/Istanbul"} }

// TimeZone_EUROPE_KALININGRAD is Europe/Kaliningrad.
func TimeZone_EUROPE_KALININGRAD() TimeZone { return &timeZone{name: "Europe/Kaliningrad"} }

// TimeZone_EUROPE_KIROV is Europe/Kirov.
func TimeZone_EUROPE_KIROV() TimeZone { return &timeZone{name: "Europe/Kirov"} }

// TimeZone_EUROPE_KYIV is Europe/Kyiv.
func TimeZone_EUROPE_KYIV() TimeZone { return &timeZone{name: "Europe/Kyiv"} }

// TimeZone_EUROPE_LISBON is Europe/Lisbon.
func TimeZone_EUROPE_LISBON() TimeZone { return &timeZone{name: "Europe/Lisbon"} }

// TimeZone_EUROPE_LONDON is Europe/London.
func TimeZone_EUROPE_LONDON() TimeZone { return &timeZone{name: "Europe/London"} }

// TimeZone_EUROPE_MADRID is Europe/Madrid.
func TimeZone_EUROPE_MADRID() TimeZone { return &timeZone{name: "Europe/Madrid"} }

// TimeZone_EUROPE_MALTA is Europe/Malta.
func TimeZone_EUROPE_MALTA() TimeZone { return &timeZone{name: "Europe/Malta"} }

// TimeZone_EUROPE_MINSK is Europe/Minsk.
func TimeZone_EUROPE_MINSK() TimeZone { return &timeZone{name: "Europe/Minsk"} }

// TimeZone_EUROPE_MOSCOW is Europe/Moscow.
func TimeZone_EUROPE_MOSCOW() TimeZone { return &timeZone{name: "Europe/Moscow"} }

// TimeZone_EUROPE_PARIS is Europe/Paris.
func TimeZone_EUROPE_PARIS() TimeZone { return &timeZone{name: "Europe/Paris"} }

// TimeZone_EUROPE_PRAGUE is Europe/Prague.
func TimeZone_EUROPE_PRAGUE() TimeZone { return &timeZone{name: "Europe/Prague"} }

// TimeZone_EUROPE_RIGA is Europe/Riga.
func TimeZone_EUROPE_RIGA() TimeZone { return &timeZone{name: "Europe/Riga"} }

// TimeZone_EUROPE_ROME is Europe/Rome.
func TimeZone_EUROPE_ROME() TimeZone { return &timeZone{name: "Europe/Rome"} }

// TimeZone_EUROPE_SAMARA is Europe/Samara.
func TimeZone_EUROPE_SAMARA() TimeZone { return &timeZone{name: "Europe/Samara"} }

// TimeZone_EUROPE_SARATOV is Europe/Saratov.
func TimeZone_EUROPE_SARATOV() TimeZone { return &timeZone{name: "Europe/Saratov"} }

// TimeZone_EUROPE_SIMFEROPOL is Europe/Simferopol.
func TimeZone_EUROPE_SIMFEROPOL() TimeZone { return &timeZone{name: "Europe/Simferopol"} }

// TimeZone_EUROPE_SOFIA is Europe/Sofia.
func TimeZone_EUROPE_SOFIA() TimeZone { return &timeZone{name: "Europe/Sofia"} }

// TimeZone_EUROPE_TALLINN is Europe/Tallinn.
func TimeZone_EUROPE_TALLINN() TimeZone { return &timeZone{name: "Europe/Tallinn"} }

// TimeZone_EUROPE_TIRANE is Europe/Tirane.
func TimeZone_EUROPE_TIRANE() TimeZone { return &timeZone{name: "Europe/Tirane"} }

// TimeZone_EUROPE_ULYANOVSK is Europe/Ulyanovsk.
func TimeZone_EUROPE_ULYANOVSK() TimeZone { return &timeZone{name: "Europe/Ulyanovsk"} }

// TimeZone_EUROPE_VIENNA is Europe/Vienna.
func TimeZone_EUROPE_VIENNA() TimeZone { return &timeZone{name: "Europe/Vienna"} }

// TimeZone_EUROPE_VILNIUS is Europe/Vilnius.
func TimeZone_EUROPE_VILNIUS() TimeZone { return &timeZone{name: "Europe/Vilnius"} }

// TimeZone_EUROPE_VOLGOGRAD is Europe/Volgograd.
func TimeZone_EUROPE_VOLGOGRAD() TimeZone { return &timeZone{name: "Europe/Volgograd"} }

// TimeZone_EUROPE_WARSAW is Europe/Warsaw.
func TimeZone_EUROPE_WARSAW() TimeZone { return &timeZone{name: "Europe/Warsaw"} }

// TimeZone_EUROPE_ZURICH is Europe/Zurich.
func TimeZone_EUROPE_ZURICH() TimeZone { return &timeZone{name: "Europe/Zurich"} }

// TimeZone_FACTORY is Factory.
func TimeZone_FACTORY() TimeZone { return &timeZone{name: "Factory"} }

// TimeZone_HST is HST.
func TimeZone_HST() TimeZone { return &timeZone{name: "HST"} }

// TimeZone_INDIAN_CHAGOS is Indian/Chagos.
func TimeZone_INDIAN_CHAGOS() TimeZone { return &timeZone{name: "Indian/Chagos"} }

// TimeZone_INDIAN_MALDIVES is Indian/Maldives.
func TimeZone_INDIAN_MALDIVES() TimeZone { return &timeZone{name: "Indian/Maldives"} }

// TimeZone_INDIAN_MAURITIUS is Indian/Mauritius.
func TimeZone_INDIAN_MAURITIUS() TimeZone { return &timeZone{name: "Indian/Mauritius"} }

// TimeZone_MET is MET.
func TimeZone_MET() TimeZone { return &timeZone{name: "MET"} }

// TimeZone_MST is MST.
func TimeZone_MST() TimeZone { return &timeZone{name: "MST"} }

// TimeZone_MST7MDT is MST7MDT.
func TimeZone_MST7MDT() TimeZone { return &timeZone{name: "MST7MDT"} }

// TimeZone_PACIFIC_APIA is Pacific/Apia.
func TimeZone_PACIFIC_APIA() TimeZone { return &timeZone{name: "Pacific/Apia"} }

// TimeZone_PACIFIC_AUCKLAND is Pacific/Auckland.
func TimeZone_PACIFIC_AUCKLAND() TimeZone { return &timeZone{name: "Pacific/Auckland"} }

// TimeZone_PACIFIC_BOUGAINVILLE is Pacific/Bougainville.
func TimeZone_PACIFIC_BOUGAINVILLE() TimeZone { return &timeZone{name: "Pacific/Bougainville"} }

// TimeZone_PACIFIC_CHATHAM is Pacific/Chatham.
func TimeZone_PACIFIC_CHATHAM() TimeZone { return &timeZone{name: "Pacific/Chatham"} }

// TimeZone_PACIFIC_EASTER is Pacific/Easter.
func TimeZone_PACIFIC_EASTER() TimeZone { return &timeZone{name: "Pacific/Easter"} }

// TimeZone_PACIFIC_EFATE is Pacific/Efate.
func TimeZone_PACIFIC_EFATE() TimeZone { return &timeZone{name: "Pacific/Efate"} }

// TimeZone_PACIFIC_FAKAOFO is Pacific/Fakaofo.
func TimeZone_PACIFIC_FAKAOFO() TimeZone { return &timeZone{name: "Pacific/Fakaofo"} }

// TimeZone_PACIFIC_FIJI is Pacific/Fiji.
func TimeZone_PACIFIC_FIJI() TimeZone { return &timeZone{name: "Pacific/Fiji"} }

// TimeZone_PACIFIC_GALAPAGOS is Pacific/Galapagos.
func TimeZone_PACIFIC_GALAPAGOS() TimeZone { return &timeZone{name: "Pacific/Galapagos"} }

// TimeZone_PACIFIC_GAMBIER is Pacific/Gambier.
func TimeZone_PACIFIC_GAMBIER() TimeZone { return &timeZone{name: "Pacific/Gambier"} }

// TimeZone_PACIFIC_GUADALCANAL is Pacific/Guadalcanal.
func TimeZone_PACIFIC_GUADALCANAL() TimeZone { return &timeZone{name: "Pacific/Guadalcanal"} }

// TimeZone_PACIFIC_GUAM is Pacific/Guam.
func TimeZone_PACIFIC_GUAM() TimeZone { return &timeZone{name: "Pacific/Guam"} }

// TimeZone_PACIFIC_HONOLULU is Pacific/Honolulu.
func TimeZone_PACIFIC_HONOLULU() TimeZone { return &timeZone{name: "Pacific/Honolulu"} }

// TimeZone_PACIFIC_KANTON is Pacific/Kanton.
func TimeZone_PACIFIC_KANTON() TimeZone { return &timeZone{name: "Pacific/Kanton"} }

// TimeZone_PACIFIC_KIRITIMATI is Pacific/Kiritimati.
func TimeZone_PACIFIC_KIRITIMATI() TimeZone { return &timeZone{name: "Pacific/Kiritimati"} }

// TimeZone_PACIFIC_KOSRAE is Pacific/Kosrae.
func TimeZone_PACIFIC_KOSRAE() TimeZone { return &timeZone{name: "Pacific/Kosrae"} }

// TimeZone_PACIFIC_KWAJALEIN is Pacific/Kwajalein.
func TimeZone_PACIFIC_KWAJALEIN() TimeZone { return &timeZone{name: "Pacific/Kwajalein"} }

// TimeZone_PACIFIC_MARQUESAS is Pacific/Marquesas.
func TimeZone_PACIFIC_MARQUESAS() TimeZone { return &timeZone{name: "Pacific/Marquesas"} }

// TimeZone_PACIFIC_NAURU is Pacific/Nauru.
func TimeZone_PACIFIC_NAURU() TimeZone { return &timeZone{name: "Pacific/Nauru"} }

// TimeZone_PACIFIC_NIUE is Pacific/Niue.
func TimeZone_PACIFIC_NIUE() TimeZone { return &timeZone{name: "Pacific/Niue"} }

// TimeZone_PACIFIC_NORFOLK is Pacific/Norfolk.
func TimeZone_PACIFIC_NORFOLK() TimeZone { return &timeZone{name: "Pacific/Norfolk"} }

// TimeZone_PACIFIC_NOUMEA is Pacific/Noumea.
func TimeZone_PACIFIC_NOUMEA() TimeZone { return &timeZone{name: "Pacific/Noumea"} }

// TimeZone_PACIFIC_PAGO_PAGO is Pacific/Pago_Pago.
func TimeZone_PACIFIC_PAGO_PAGO() TimeZone { return &timeZone{name: "Pacific/Pago_Pago"} }

// TimeZone_PACIFIC_PALAU is Pacific/Palau.
func TimeZone_PACIFIC_PALAU() TimeZone { return &timeZone{name: "Pacific/Palau"} }

// TimeZone_PACIFIC_PITCAIRN is Pacific/Pitcairn.
func TimeZone_PACIFIC_PITCAIRN() TimeZone { return &timeZone{name: "Pacific/Pitcairn"} }

// TimeZone_PACIFIC_PORT_MORESBY is Pacific/Port_Moresby.
func TimeZone_PACIFIC_PORT_MORESBY() TimeZone { return &timeZone{name: "Pacific/Port_Moresby"} }

// TimeZone_PACIFIC_RAROTONGA is Pacific/Rarotonga.
func TimeZone_PACIFIC_RAROTONGA() TimeZone { return &timeZone{name: "Pacific/Rarotonga"} }

// TimeZone_PACIFIC_TAHITI is Pacific/Tahiti.
func TimeZone_PACIFIC_TAHITI() TimeZone { return &timeZone{name: "Pacific/Tahiti"} }

// TimeZone_PACIFIC_TARAWA is Pacific/Tarawa.
func TimeZone_PACIFIC_TARAWA() TimeZone { return &timeZone{name: "Pacific/Tarawa"} }

// TimeZone_PACIFIC_TONGATAPU is Pacific/Tongatapu.
func TimeZone_PACIFIC_TONGATAPU() TimeZone { return &timeZone{name: "Pacific/Tongatapu"} }

// TimeZone_PST8PDT is PST8PDT.
func TimeZone_PST8PDT() TimeZone { return &timeZone{name: "PST8PDT"} }

// TimeZone_WET is WET.
func TimeZone_WET() TimeZone { return &timeZone{name: "WET"} }
