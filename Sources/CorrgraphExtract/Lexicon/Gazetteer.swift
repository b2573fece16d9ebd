/// Countries and cities as catalogue titles use them: to tell a place from a person's name, and to
/// read `Telegram from Pyongyang to Bucharest` as an embassy writing to its foreign ministry.
/// General geographic knowledge only.
enum Gazetteer {
    /// A sovereign state under all its names. `adjective` is the one nationality word the lexicon uses for
    /// it (`Lexicon.nationalities` takes its words from here); `otherAdjectives` are older or other forms
    /// of it (`Persian`, `Siamese`, `Rhodesian`). The first capital is the usual one; the others are older
    /// capitals and spellings (`Peking`, `Leopoldville`).
    struct Country {
        let adjective: String
        let names: [String]
        let capitals: [String]
        var otherAdjectives: [String] = []
    }

    static let countries: [Country] = [
        Country(adjective: "Soviet", names: ["Soviet Union", "USSR", "Russia", "U.S.S.R.", "Russian Empire", "Russian Federation"], capitals: ["Moscow", "Petrograd", "St. Petersburg", "Saint Petersburg"], otherAdjectives: ["Russian"]),
        Country(adjective: "Chinese", names: ["China", "People's Republic of China", "PRC", "PR China", "Chinese Empire", "Qing Empire"], capitals: ["Beijing", "Peking", "Peiping"]),
        Country(adjective: "North Korean", names: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], capitals: ["Pyongyang"]),
        Country(adjective: "South Korean", names: ["South Korea", "ROK", "Republic of Korea"], capitals: ["Seoul"]),
        Country(adjective: "Romanian", names: ["Romania", "Rumania", "Socialist Republic of Romania", "Romanian People's Republic"], capitals: ["Bucharest"], otherAdjectives: ["Rumanian"]),
        Country(adjective: "Hungarian", names: ["Hungary", "Hungarian People's Republic"], capitals: ["Budapest"]),
        Country(adjective: "Polish", names: ["Poland", "People's Republic of Poland", "Polish People's Republic", "Polish Republic"], capitals: ["Warsaw", "Warschau"]),
        Country(adjective: "Czechoslovak", names: ["Czechoslovakia", "CSSR", "ČSSR", "Czechoslovak Socialist Republic"], capitals: ["Prague"]),
        Country(adjective: "Bulgarian", names: ["Bulgaria", "People's Republic of Bulgaria"], capitals: ["Sofia"]),
        Country(adjective: "Albanian", names: ["Albania", "People's Republic of Albania"], capitals: ["Tirana"]),
        Country(adjective: "Yugoslav", names: ["Yugoslavia", "Kingdom of Yugoslavia", "Federal Republic of Yugoslavia", "SFRY", "Socialist Federal Republic of Yugoslavia", "Kingdom of Serbs, Croats and Slovenes"], capitals: ["Belgrade"], otherAdjectives: ["Yugoslavian"]),
        Country(adjective: "East German", names: ["GDR", "East Germany", "German Democratic Republic"], capitals: ["East Berlin", "Berlin"]),
        Country(adjective: "West German", names: ["FRG", "West Germany", "Federal Republic of Germany"], capitals: ["Bonn"]),
        Country(adjective: "Mongolian", names: ["Mongolia", "Mongolian People's Republic", "MPR"], capitals: ["Ulaanbaatar", "Ulan Bator", "Ulaan Baatar"]),
        Country(adjective: "Vietnamese", names: ["Vietnam", "North Vietnam", "DRV", "Democratic Republic of Vietnam", "Socialist Republic of Vietnam", "SRV", "Viet Nam"], capitals: ["Hanoi"]),
        Country(adjective: "Cuban", names: ["Cuba", "Republic of Cuba"], capitals: ["Havana"]),
        Country(adjective: "American", names: ["United States", "USA", "US", "U.S."], capitals: ["Washington", "Washington D.C."]),
        Country(adjective: "British", names: ["Britain", "United Kingdom", "UK", "England", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"], capitals: ["London"]),
        Country(adjective: "French", names: ["France"], capitals: ["Paris"]),
        Country(adjective: "Italian", names: ["Italy"], capitals: ["Rome", "Rom"]),
        Country(adjective: "Japanese", names: ["Japan", "Empire of Japan"], capitals: ["Tokyo"]),
        Country(adjective: "Indian", names: ["India", "British India", "Republic of India"], capitals: ["New Delhi", "Delhi"]),
        Country(adjective: "Pakistani", names: ["Pakistan"], capitals: ["Karachi", "Islamabad"]),
        Country(adjective: "Indonesian", names: ["Indonesia", "Dutch East Indies", "Netherlands East Indies"], capitals: ["Jakarta", "Djakarta", "Batavia"]),
        Country(adjective: "Austrian", names: ["Austria"], capitals: ["Vienna", "Wien"]),
        Country(adjective: "Swiss", names: ["Switzerland"], capitals: ["Bern", "Berne"]),
        Country(adjective: "Dutch", names: ["Netherlands", "Holland", "Kingdom of the Netherlands"], capitals: ["The Hague", "Amsterdam"]),
        Country(adjective: "Canadian", names: ["Canada"], capitals: ["Ottawa"]),
        Country(adjective: "Australian", names: ["Australia"], capitals: ["Canberra"]),
        Country(adjective: "Taiwanese", names: ["Taiwan", "Republic of China", "ROC"], capitals: ["Taipei"]),
        Country(adjective: "Cambodian", names: ["Cambodia", "Kampuchea", "Democratic Kampuchea", "Khmer Republic"], capitals: ["Phnom Penh"], otherAdjectives: ["Kampuchean"]),
        Country(adjective: "Laotian", names: ["Laos", "Kingdom of Laos", "Lao People's Democratic Republic"], capitals: ["Vientiane", "Luang Prabang"]),
        Country(adjective: "Burmese", names: ["Burma", "Myanmar"], capitals: ["Rangoon"]),
        Country(adjective: "Finnish", names: ["Finland"], capitals: ["Helsinki"]),
        Country(adjective: "Swedish", names: ["Sweden"], capitals: ["Stockholm"]),
        Country(adjective: "Egyptian", names: ["Egypt", "United Arab Republic", "UAR", "Arab Republic of Egypt"], capitals: ["Cairo"]),
        Country(adjective: "Iranian", names: ["Iran", "Persia", "Islamic Republic of Iran"], capitals: ["Tehran", "Teheran"], otherAdjectives: ["Persian"]),
        Country(adjective: "Afghan", names: ["Afghanistan"], capitals: ["Kabul"]),
        Country(adjective: "Zambian", names: ["Zambia", "Northern Rhodesia"], capitals: ["Lusaka"]),
        Country(adjective: "Guinean", names: ["Guinea", "Republic of Guinea"], capitals: ["Conakry"]),
        Country(adjective: "Ghanaian", names: ["Ghana", "Gold Coast"], capitals: ["Accra"]),
        Country(adjective: "Somali", names: ["Somalia", "SDR", "Somali Democratic Republic"], capitals: ["Mogadishu"]),
        Country(adjective: "Mexican", names: ["Mexico", "United Mexican States"], capitals: ["Mexico City"]),
        Country(adjective: "Brazilian", names: ["Brazil"], capitals: ["Rio de Janeiro", "Brasilia", "Brasília"]),
        Country(adjective: "Greek", names: ["Greece"], capitals: ["Athens", "Athen"]),
        Country(adjective: "Turkish", names: ["Turkey", "Ottoman Empire", "Ottoman Turkey", "Republic of Turkey", "Türkiye"], capitals: ["Ankara", "Constantinople"], otherAdjectives: ["Ottoman"]),
        Country(adjective: "Israeli", names: ["Israel", "State of Israel"], capitals: ["Jerusalem", "Tel Aviv"]),
        Country(adjective: "Spanish", names: ["Spain"], capitals: ["Madrid"]),
        // States of the twentieth century beyond the Cold War listings above, and their successors. A row
        // listed later never takes a name or capital from an earlier one (`places` keeps the first).
        // Europe
        Country(adjective: "German", names: ["Germany", "German Reich", "German Empire", "Weimar Republic", "Third Reich"], capitals: ["Berlin"]),
        Country(adjective: "Prussian", names: ["Prussia", "Kingdom of Prussia", "Free State of Prussia"], capitals: ["Berlin"]),
        Country(adjective: "Austro-Hungarian", names: ["Austria-Hungary", "Austro-Hungarian Empire", "Austro-Hungarian Monarchy", "Dual Monarchy"], capitals: ["Vienna", "Wien"]),
        Country(adjective: "Belgian", names: ["Belgium", "Kingdom of Belgium"], capitals: ["Brussels", "Brüssel"]),
        Country(adjective: "Luxembourg", names: ["Luxembourg", "Grand Duchy of Luxembourg", "Luxemburg"], capitals: ["Luxembourg"], otherAdjectives: ["Luxembourgish"]),
        Country(adjective: "Danish", names: ["Denmark", "Kingdom of Denmark"], capitals: ["Copenhagen", "Kopenhagen"]),
        Country(adjective: "Norwegian", names: ["Norway", "Kingdom of Norway"], capitals: ["Oslo", "Christiania", "Kristiania"]),
        Country(adjective: "Icelandic", names: ["Iceland"], capitals: ["Reykjavik", "Reykjavík"]),
        Country(adjective: "Irish", names: ["Ireland", "Irish Free State", "Eire", "Éire", "Republic of Ireland"], capitals: ["Dublin"]),
        Country(adjective: "Portuguese", names: ["Portugal"], capitals: ["Lisbon", "Lissabon"]),
        Country(adjective: "Andorran", names: ["Andorra"], capitals: ["Andorra la Vella"]),
        Country(adjective: "Monegasque", names: ["Monaco", "Principality of Monaco"], capitals: ["Monaco"], otherAdjectives: ["Monégasque"]),
        Country(adjective: "Liechtenstein", names: ["Liechtenstein"], capitals: ["Vaduz"]),
        Country(adjective: "Sammarinese", names: ["San Marino"], capitals: ["San Marino"]),
        Country(adjective: "Vatican", names: ["Holy See", "Vatican", "Vatican City", "Papal States"], capitals: ["Vatican City"], otherAdjectives: ["Papal"]),
        Country(adjective: "Maltese", names: ["Malta"], capitals: ["Valletta", "Valetta"]),
        Country(adjective: "Cypriot", names: ["Cyprus"], capitals: ["Nicosia"]),
        Country(adjective: "Danzig", names: ["Free City of Danzig", "Danzig"], capitals: ["Danzig"]),
        Country(adjective: "Estonian", names: ["Estonia"], capitals: ["Tallinn", "Reval"]),
        Country(adjective: "Latvian", names: ["Latvia"], capitals: ["Riga"]),
        Country(adjective: "Lithuanian", names: ["Lithuania"], capitals: ["Vilnius", "Vilna", "Kaunas", "Kovno"]),
        Country(adjective: "Ukrainian", names: ["Ukraine", "Ukrainian SSR"], capitals: ["Kyiv", "Kiev"]),
        Country(adjective: "Belarusian", names: ["Belarus", "Byelorussia", "Belorussia", "Byelorussian SSR"], capitals: ["Minsk"], otherAdjectives: ["Byelorussian", "Belorussian"]),
        Country(adjective: "Moldovan", names: ["Moldova", "Moldavia"], capitals: ["Chisinau", "Chișinău", "Kishinev"], otherAdjectives: ["Moldavian"]),
        Country(adjective: "Georgian", names: ["Georgia", "Democratic Republic of Georgia"], capitals: ["Tbilisi", "Tiflis"]),
        Country(adjective: "Armenian", names: ["Armenia"], capitals: ["Yerevan", "Erivan"]),
        Country(adjective: "Azerbaijani", names: ["Azerbaijan"], capitals: ["Baku"], otherAdjectives: ["Azeri"]),
        Country(adjective: "Czech", names: ["Czech Republic", "Czechia"], capitals: ["Prague"]),
        Country(adjective: "Slovak", names: ["Slovakia", "Slovak Republic"], capitals: ["Bratislava"]),
        Country(adjective: "Serbian", names: ["Serbia", "Kingdom of Serbia", "Republic of Serbia", "Serbia and Montenegro"], capitals: ["Belgrade"], otherAdjectives: ["Serb"]),
        Country(adjective: "Montenegrin", names: ["Montenegro", "Kingdom of Montenegro"], capitals: ["Podgorica", "Cetinje", "Titograd"]),
        Country(adjective: "Croatian", names: ["Croatia", "Independent State of Croatia"], capitals: ["Zagreb"], otherAdjectives: ["Croat"]),
        Country(adjective: "Slovenian", names: ["Slovenia"], capitals: ["Ljubljana"], otherAdjectives: ["Slovene"]),
        Country(adjective: "Bosnian", names: ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"], capitals: ["Sarajevo"]),
        Country(adjective: "Macedonian", names: ["North Macedonia", "Macedonia", "FYROM"], capitals: ["Skopje"]),
        Country(adjective: "Kosovar", names: ["Kosovo"], capitals: ["Pristina", "Prishtina"]),
        // Central Asia
        Country(adjective: "Kazakh", names: ["Kazakhstan", "Kazakstan"], capitals: ["Astana", "Almaty", "Alma-Ata"]),
        Country(adjective: "Uzbek", names: ["Uzbekistan"], capitals: ["Tashkent"]),
        Country(adjective: "Turkmen", names: ["Turkmenistan"], capitals: ["Ashgabat", "Ashkhabad"]),
        Country(adjective: "Kyrgyz", names: ["Kyrgyzstan", "Kirghizia"], capitals: ["Bishkek", "Frunze"], otherAdjectives: ["Kirghiz"]),
        Country(adjective: "Tajik", names: ["Tajikistan"], capitals: ["Dushanbe", "Stalinabad"]),
        // The Americas
        Country(adjective: "Newfoundland", names: ["Newfoundland", "Dominion of Newfoundland"], capitals: ["St. John's"]),
        Country(adjective: "Guatemalan", names: ["Guatemala"], capitals: ["Guatemala City"]),
        Country(adjective: "Belizean", names: ["Belize", "British Honduras"], capitals: ["Belmopan", "Belize City"]),
        Country(adjective: "Honduran", names: ["Honduras"], capitals: ["Tegucigalpa"]),
        Country(adjective: "Salvadoran", names: ["El Salvador"], capitals: ["San Salvador"], otherAdjectives: ["Salvadorean"]),
        Country(adjective: "Nicaraguan", names: ["Nicaragua"], capitals: ["Managua"]),
        Country(adjective: "Costa Rican", names: ["Costa Rica"], capitals: ["San José", "San Jose"]),
        Country(adjective: "Panamanian", names: ["Panama"], capitals: ["Panama City"]),
        Country(adjective: "Haitian", names: ["Haiti"], capitals: ["Port-au-Prince"]),
        Country(adjective: "Dominican", names: ["Dominican Republic"], capitals: ["Santo Domingo", "Ciudad Trujillo"]),
        Country(adjective: "Jamaican", names: ["Jamaica"], capitals: ["Kingston"]),
        Country(adjective: "Trinidadian", names: ["Trinidad and Tobago", "Trinidad"], capitals: ["Port of Spain", "Port-of-Spain"]),
        Country(adjective: "Barbadian", names: ["Barbados"], capitals: ["Bridgetown"]),
        Country(adjective: "Bahamian", names: ["Bahamas", "Commonwealth of the Bahamas"], capitals: ["Nassau"]),
        Country(adjective: "Grenadian", names: ["Grenada"], capitals: ["St. George's"]),
        // One adjective names one state: Dominica, beside the Dominican Republic, is named attributively.
        Country(adjective: "Dominica", names: ["Dominica", "Commonwealth of Dominica"], capitals: ["Roseau"]),
        Country(adjective: "Saint Lucian", names: ["Saint Lucia", "St. Lucia"], capitals: ["Castries"]),
        Country(adjective: "Vincentian", names: ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent"], capitals: ["Kingstown"]),
        Country(adjective: "Antiguan", names: ["Antigua and Barbuda", "Antigua"], capitals: ["St. John's"]),
        Country(adjective: "Kittitian", names: ["Saint Kitts and Nevis", "St. Kitts and Nevis", "Saint Christopher and Nevis"], capitals: ["Basseterre"]),
        Country(adjective: "Colombian", names: ["Colombia"], capitals: ["Bogotá", "Bogota"]),
        Country(adjective: "Venezuelan", names: ["Venezuela"], capitals: ["Caracas"]),
        Country(adjective: "Ecuadorian", names: ["Ecuador"], capitals: ["Quito"], otherAdjectives: ["Ecuadorean"]),
        Country(adjective: "Peruvian", names: ["Peru"], capitals: ["Lima"]),
        Country(adjective: "Bolivian", names: ["Bolivia"], capitals: ["La Paz", "Sucre"]),
        Country(adjective: "Chilean", names: ["Chile"], capitals: ["Santiago", "Santiago de Chile"]),
        Country(adjective: "Argentine", names: ["Argentina", "Argentine Republic"], capitals: ["Buenos Aires"], otherAdjectives: ["Argentinian"]),
        Country(adjective: "Uruguayan", names: ["Uruguay"], capitals: ["Montevideo"]),
        Country(adjective: "Paraguayan", names: ["Paraguay"], capitals: ["Asunción", "Asuncion"]),
        Country(adjective: "Guyanese", names: ["Guyana", "British Guiana"], capitals: ["Georgetown"]),
        Country(adjective: "Surinamese", names: ["Suriname", "Surinam"], capitals: ["Paramaribo"]),
        // Africa. "Congolese" is the state of Léopoldville/Kinshasa (the Congo of the 1960s crisis, later
        // Zaire); the Republic of the Congo (Brazzaville) is named attributively, as the records name it.
        Country(adjective: "Congolese", names: ["Democratic Republic of the Congo", "Congo", "Congo-Léopoldville", "Congo-Leopoldville", "Congo-Kinshasa", "Zaire", "Republic of Zaire", "Belgian Congo", "Congo Free State"], capitals: ["Kinshasa", "Léopoldville", "Leopoldville"], otherAdjectives: ["Zairean", "Zairian"]),
        Country(adjective: "Congo-Brazzaville", names: ["Republic of the Congo", "Congo-Brazzaville", "People's Republic of the Congo", "French Congo"], capitals: ["Brazzaville"]),
        Country(adjective: "Libyan", names: ["Libya", "Libyan Arab Jamahiriya"], capitals: ["Tripoli", "Benghazi"]),
        Country(adjective: "Tunisian", names: ["Tunisia"], capitals: ["Tunis"]),
        Country(adjective: "Algerian", names: ["Algeria"], capitals: ["Algiers"]),
        Country(adjective: "Moroccan", names: ["Morocco"], capitals: ["Rabat"]),
        Country(adjective: "Mauritanian", names: ["Mauritania"], capitals: ["Nouakchott"]),
        Country(adjective: "Sudanese", names: ["Sudan", "Anglo-Egyptian Sudan"], capitals: ["Khartoum"]),
        Country(adjective: "South Sudanese", names: ["South Sudan"], capitals: ["Juba"]),
        Country(adjective: "Ethiopian", names: ["Ethiopia", "Abyssinia"], capitals: ["Addis Ababa"], otherAdjectives: ["Abyssinian"]),
        Country(adjective: "Eritrean", names: ["Eritrea"], capitals: ["Asmara"]),
        Country(adjective: "Djiboutian", names: ["Djibouti"], capitals: ["Djibouti"]),
        Country(adjective: "Kenyan", names: ["Kenya"], capitals: ["Nairobi"]),
        Country(adjective: "Ugandan", names: ["Uganda"], capitals: ["Kampala"]),
        Country(adjective: "Tanzanian", names: ["Tanzania", "United Republic of Tanzania"], capitals: ["Dar es Salaam", "Dodoma"]),
        Country(adjective: "Tanganyikan", names: ["Tanganyika"], capitals: ["Dar es Salaam"]),
        Country(adjective: "Zanzibari", names: ["Zanzibar"], capitals: ["Zanzibar"]),
        Country(adjective: "Rwandan", names: ["Rwanda"], capitals: ["Kigali"]),
        Country(adjective: "Burundian", names: ["Burundi"], capitals: ["Bujumbura", "Usumbura"]),
        Country(adjective: "Gabonese", names: ["Gabon"], capitals: ["Libreville"]),
        Country(adjective: "Cameroonian", names: ["Cameroon", "Cameroun"], capitals: ["Yaoundé", "Yaounde"]),
        Country(adjective: "Central African", names: ["Central African Republic", "Central African Empire"], capitals: ["Bangui"]),
        Country(adjective: "Chadian", names: ["Chad"], capitals: ["N'Djamena", "Fort-Lamy"]),
        Country(adjective: "Nigerien", names: ["Niger"], capitals: ["Niamey"]),
        Country(adjective: "Nigerian", names: ["Nigeria"], capitals: ["Lagos", "Abuja"]),
        Country(adjective: "Beninese", names: ["Benin", "Dahomey"], capitals: ["Porto-Novo", "Cotonou"], otherAdjectives: ["Dahomeyan"]),
        Country(adjective: "Togolese", names: ["Togo"], capitals: ["Lomé", "Lome"]),
        Country(adjective: "Ivorian", names: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], capitals: ["Abidjan", "Yamoussoukro"]),
        Country(adjective: "Burkinabe", names: ["Burkina Faso", "Upper Volta"], capitals: ["Ouagadougou"], otherAdjectives: ["Voltaic"]),
        Country(adjective: "Malian", names: ["Mali"], capitals: ["Bamako"]),
        Country(adjective: "Senegalese", names: ["Senegal"], capitals: ["Dakar"]),
        Country(adjective: "Gambian", names: ["Gambia", "The Gambia"], capitals: ["Banjul", "Bathurst"]),
        Country(adjective: "Bissau-Guinean", names: ["Guinea-Bissau", "Portuguese Guinea"], capitals: ["Bissau"]),
        Country(adjective: "Cape Verdean", names: ["Cape Verde", "Cabo Verde"], capitals: ["Praia"]),
        Country(adjective: "Sierra Leonean", names: ["Sierra Leone"], capitals: ["Freetown"]),
        Country(adjective: "Liberian", names: ["Liberia"], capitals: ["Monrovia"]),
        Country(adjective: "Equatorial Guinean", names: ["Equatorial Guinea"], capitals: ["Malabo", "Santa Isabel"]),
        Country(adjective: "Santomean", names: ["São Tomé and Príncipe", "Sao Tome and Principe"], capitals: ["São Tomé", "Sao Tome"]),
        Country(adjective: "Angolan", names: ["Angola"], capitals: ["Luanda"]),
        Country(adjective: "Malawian", names: ["Malawi", "Nyasaland"], capitals: ["Lilongwe", "Zomba"]),
        Country(adjective: "Mozambican", names: ["Mozambique"], capitals: ["Maputo", "Lourenço Marques", "Lourenco Marques"]),
        Country(adjective: "Zimbabwean", names: ["Zimbabwe", "Rhodesia", "Southern Rhodesia", "Zimbabwe Rhodesia"], capitals: ["Harare", "Salisbury"], otherAdjectives: ["Rhodesian"]),
        Country(adjective: "Botswanan", names: ["Botswana", "Bechuanaland"], capitals: ["Gaborone"]),
        Country(adjective: "Lesotho", names: ["Lesotho", "Basutoland"], capitals: ["Maseru"]),
        Country(adjective: "Swazi", names: ["Swaziland", "Eswatini"], capitals: ["Mbabane"]),
        Country(adjective: "South African", names: ["South Africa", "Union of South Africa", "Republic of South Africa"], capitals: ["Pretoria", "Cape Town"]),
        Country(adjective: "Transvaal", names: ["Transvaal", "South African Republic"], capitals: ["Pretoria"]),
        Country(adjective: "Orange Free State", names: ["Orange Free State"], capitals: ["Bloemfontein"]),
        Country(adjective: "Namibian", names: ["Namibia", "South West Africa"], capitals: ["Windhoek"]),
        Country(adjective: "Malagasy", names: ["Madagascar", "Malagasy Republic"], capitals: ["Antananarivo", "Tananarive"]),
        Country(adjective: "Mauritian", names: ["Mauritius"], capitals: ["Port Louis"]),
        Country(adjective: "Seychellois", names: ["Seychelles"], capitals: ["Victoria"]),
        Country(adjective: "Comorian", names: ["Comoros", "Comoro Islands"], capitals: ["Moroni"]),
        // The Middle East and Asia
        Country(adjective: "Iraqi", names: ["Iraq", "Mesopotamia"], capitals: ["Baghdad"]),
        Country(adjective: "Syrian", names: ["Syria", "Syrian Arab Republic"], capitals: ["Damascus"]),
        Country(adjective: "Lebanese", names: ["Lebanon"], capitals: ["Beirut"]),
        Country(adjective: "Jordanian", names: ["Jordan", "Transjordan", "Trans-Jordan", "Hashemite Kingdom of Jordan"], capitals: ["Amman"]),
        Country(adjective: "Saudi", names: ["Saudi Arabia", "Kingdom of Saudi Arabia"], capitals: ["Riyadh", "Jeddah", "Jidda"], otherAdjectives: ["Saudi Arabian"]),
        Country(adjective: "Hejazi", names: ["Hejaz", "Hijaz", "Kingdom of Hejaz"], capitals: ["Mecca"]),
        Country(adjective: "Yemeni", names: ["Yemen", "North Yemen", "Yemen Arab Republic"], capitals: ["Sanaa", "Sana'a"]),
        Country(adjective: "South Yemeni", names: ["South Yemen", "People's Democratic Republic of Yemen", "PDRY"], capitals: ["Aden"]),
        Country(adjective: "Omani", names: ["Oman", "Muscat and Oman"], capitals: ["Muscat"]),
        Country(adjective: "Emirati", names: ["United Arab Emirates", "UAE"], capitals: ["Abu Dhabi"]),
        Country(adjective: "Qatari", names: ["Qatar"], capitals: ["Doha"]),
        Country(adjective: "Bahraini", names: ["Bahrain"], capitals: ["Manama"]),
        Country(adjective: "Kuwaiti", names: ["Kuwait"], capitals: ["Kuwait City"]),
        Country(adjective: "Bangladeshi", names: ["Bangladesh", "East Pakistan"], capitals: ["Dhaka", "Dacca"]),
        Country(adjective: "Sri Lankan", names: ["Sri Lanka", "Ceylon"], capitals: ["Colombo"], otherAdjectives: ["Ceylonese"]),
        Country(adjective: "Nepalese", names: ["Nepal"], capitals: ["Kathmandu", "Katmandu"], otherAdjectives: ["Nepali"]),
        Country(adjective: "Bhutanese", names: ["Bhutan"], capitals: ["Thimphu"]),
        Country(adjective: "Maldivian", names: ["Maldives", "Maldive Islands"], capitals: ["Malé"]),
        Country(adjective: "Tibetan", names: ["Tibet"], capitals: ["Lhasa"]),
        Country(adjective: "Manchukuo", names: ["Manchukuo", "Manchoukuo"], capitals: ["Hsinking", "Xinjing"]),
        // `Korea` names two states after 1948: no capital, so an embassy "in Korea" keeps its printed place.
        Country(adjective: "Korean", names: ["Korea", "Korean Empire"], capitals: []),
        Country(adjective: "South Vietnamese", names: ["South Vietnam", "Republic of Vietnam", "State of Vietnam"], capitals: ["Saigon"]),
        Country(adjective: "Thai", names: ["Thailand", "Siam"], capitals: ["Bangkok"], otherAdjectives: ["Siamese"]),
        Country(adjective: "Malaysian", names: ["Malaysia", "Malaya", "Federation of Malaya"], capitals: ["Kuala Lumpur"], otherAdjectives: ["Malayan"]),
        Country(adjective: "Singaporean", names: ["Singapore"], capitals: ["Singapore"]),
        Country(adjective: "Philippine", names: ["Philippines", "Republic of the Philippines"], capitals: ["Manila", "Quezon City"], otherAdjectives: ["Filipino"]),
        Country(adjective: "Bruneian", names: ["Brunei", "Brunei Darussalam"], capitals: ["Bandar Seri Begawan"]),
        Country(adjective: "East Timorese", names: ["East Timor", "Timor-Leste"], capitals: ["Dili"]),
        // Oceania
        Country(adjective: "New Zealand", names: ["New Zealand"], capitals: ["Wellington"]),
        Country(adjective: "Papua New Guinean", names: ["Papua New Guinea"], capitals: ["Port Moresby"]),
        Country(adjective: "Fijian", names: ["Fiji"], capitals: ["Suva"]),
        Country(adjective: "Samoan", names: ["Samoa", "Western Samoa"], capitals: ["Apia"]),
        Country(adjective: "Tongan", names: ["Tonga"], capitals: ["Nuku'alofa"]),
        Country(adjective: "Solomon Islands", names: ["Solomon Islands"], capitals: ["Honiara"]),
        Country(adjective: "Vanuatu", names: ["Vanuatu", "New Hebrides"], capitals: ["Port Vila"]),
        Country(adjective: "Kiribati", names: ["Kiribati"], capitals: ["Tarawa"]),
        Country(adjective: "Tuvaluan", names: ["Tuvalu"], capitals: ["Funafuti"]),
        Country(adjective: "Nauruan", names: ["Nauru"], capitals: ["Yaren"]),
        Country(adjective: "Marshallese", names: ["Marshall Islands"], capitals: ["Majuro"]),
        Country(adjective: "Micronesian", names: ["Federated States of Micronesia", "Micronesia"], capitals: ["Palikir"]),
        Country(adjective: "Palauan", names: ["Palau"], capitals: ["Ngerulmud", "Koror"]),
    ]

    /// Cities that often stand for the institutions in them, beyond capitals.
    static let otherCities: [String] = [
        "New York", "Geneva", "Chongqing", "Chungking", "Shanghai", "Nanjing", "Nanking", "Harbin", "Dalian",
        "Shenyang", "Mukden", "Yan'an", "Yenan", "Saigon", "Leningrad", "Kiev", "Kyiv", "Vladivostok", "Snagov",
        "Pitzunda", "Magdeburg", "Leipzig", "Dresden", "Munich", "Hamburg", "Crimea", "Kaesong", "Panmunjom",
        "Hong Kong", "Macau", "Lhasa", "Urumqi", "Kunming", "Guangzhou", "Canton", "Wuhan", "Chengdu", "Xi'an",
        "Miami", "Washington D.C.",
    ]

    /// Continents and large regions: places, never people (`Visit to Southeast Asia`).
    static let regions: [String] = [
        "Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Australasia", "Antarctica", "Arctic",
        "North America", "South America", "Central America", "Latin America", "Middle East", "Near East",
        "Far East", "Southeast Asia", "South-East Asia", "South Asia", "East Asia", "Central Asia", "Asia Minor",
        "Eastern Europe", "Western Europe", "Central Europe", "East Africa", "West Africa", "North Africa",
        "Southern Africa", "Horn of Africa", "Scandinavia", "Balkans", "Caribbean", "West Indies", "Baltic",
        "Baltic States", "Caucasus", "Transcaucasia", "Maghreb", "Levant", "Indochina", "Indo-China",
        "Persian Gulf", "Mediterranean", "Sahara", "Sahel", "Polynesia", "Melanesia", "Palestine", "Kashmir",
        "Kurdistan", "Siberia", "Manchuria", "Xinjiang", "Sinkiang", "Inner Mongolia", "Arabia", "Pacific",
    ]

    /// Large cities beyond capitals that records name as the seat of consulates and conferences.
    static let worldCities: [String] = [
        "Istanbul", "Calcutta", "Bombay", "Madras", "Alexandria", "Casablanca", "Johannesburg", "Sydney",
        "Melbourne", "Adelaide", "Florence", "Naples", "Venice", "Marseille", "Marseilles", "Barcelona",
        "Frankfurt", "Zurich", "Gdansk", "Krakow", "Cracow", "Odessa", "Osaka", "Kyoto", "Yokohama", "Pusan",
        "Busan", "Haiphong", "Montreal", "Toronto", "San Francisco", "Los Angeles", "Chicago",
    ]

    /// Place words that are also given names: before another name they are that name (`Israel Epstein`,
    /// `Sofia Petrova`, `Victoria Ocampo`, `Chad Mitchell`, `Santiago Carrillo`).
    static let givenNamePlaces: Set<String> = [
        "israel", "jordan", "chad", "georgia", "sofia", "victoria", "florence", "adelaide", "santiago", "kingston",
        "india", "kenya", "wellington", "aden", "asuncion", "sydney", "alexandria", "lima", "mali", "togo", "iran",
        "cuba", "sanaa", "asmara", "juba",
    ]

    /// Whether a one-word place may be a given name before another name: the listed ones, and any place word
    /// that is no nationality — a name slot holding `PLACE NAME` is read as a person (`Male Vinich`, `Lome
    /// Adeyemi`), since a place that stands for its institution stands alone or before its head word. After a
    /// place preposition it is the place again (`NamePhrase.nameRuns`).
    static func mayBeGivenName(_ key: String) -> Bool {
        givenNamePlaces.contains(key) || placeWords.contains(key) && !Lexicon.nationalities.contains(key)
    }

    /// Demonyms that are also romanized given names (`Hai-tian`, `Tong-an`): no nationality words,
    /// so that `Du Haitian` stays a name; before an office or institution they still name their state
    /// (`InstitutionName.countryAdjective`).
    static let adjectivesAlsoGivenNames: Set<String> = ["haitian", "tongan"]

    /// Place words that are also surnames: after a form of address or an office they are the surname
    /// (`Mr. Jordan`, `Ambassador Lima`). After a given name any place word is (`NamePhrase.nameRuns`).
    static let surnamePlaces: Set<String> = givenNamePlaces.union([
        "paris", "washington", "london", "berlin", "holland", "england", "france", "togo", "salisbury", "colombo",
        "lagos", "sucre", "bathurst", "monaco", "israel", "jordan", "santiago", "lima", "kingston",
    ])

    /// Folded place names (countries, capitals, regions and cities) → the country adjective (empty for
    /// places that are no state or capital). A name or capital keeps the first row that lists it.
    static let places: [String: String] = {
        var table: [String: String] = [:]
        for c in countries {
            for n in c.names where table[fold(n)] == nil { table[fold(n)] = c.adjective }
            for city in c.capitals where table[fold(city)] == nil { table[fold(city)] = c.adjective }
        }
        for place in otherCities + worldCities + regions where table[fold(place)] == nil { table[fold(place)] = "" }
        return table
    }()

    /// Single words of place names, to stop a person's name at a place.
    static let placeWords: Set<String> = {
        var words: Set<String> = []
        words.reserveCapacity(2 * places.count)
        // (Folded keys hold no combining marks: a space byte is a space character; bytes spare the Character steps.)
        let space = UInt8(ascii: " ")
        for key in places.keys where !key.utf8.contains(space) { words.insert(key) }
        // Word keys keep accents (`léopoldville`): the printed spelling is a place word too.
        let printed = countries.flatMap { $0.names + $0.capitals } + otherCities + worldCities + regions
        for place in printed where !fold(place).utf8.contains(space) { words.insert(place.lowercased()) }
        for extra in ["china", "korea", "germany", "vietnam", "tibet", "xinjiang", "manchuria", "europe", "asia",
                      "africa", "america", "taiwan", "berlin", "moscow", "beijing", "peking", "holland", "guinea",
                      "mongolia", "ukraine", "georgia", "abkhazia", "siberia", "jinmen", "quemoy"] {
            words.insert(extra)
        }
        return words
    }()

    /// Place names that hold `and` (`Trinidad and Tobago`, `Bosnia and Herzegovina`), folded: a list does
    /// not split at their `and`.
    static let conjoinedPlaceNames: [(first: String, rest: String)] = places.keys.compactMap { key in
        guard let r = key.range(of: " and ") else { return nil }
        return (String(key[..<r.lowerBound]), String(key[r.upperBound...]))
    }

    /// Whether the `and` between `before` and `after` lies inside one place name: `Trinidad` + `Tobago …`.
    static func joinsPlaceName(before: String, after: String) -> Bool {
        let head = " " + fold(String(before.suffix(80)))
        let tail = fold(String(after.prefix(80))) + " "
        return conjoinedPlaceNames.contains { head.hasSuffix(" " + $0.first) && tail.hasPrefix($0.rest + " ") }
    }

    /// The words `Lexicon.nationalities` takes from the table: each adjective's last word (`Sudanese`,
    /// `Lankan` of `Sri Lankan`); an adjective that is the state's own name (`New Zealand`) adds none,
    /// its words being place words.
    static let nationalityWords: Set<String> = {
        var words: Set<String> = []
        for c in countries {
            for adjective in [c.adjective] + c.otherAdjectives where !c.names.contains(adjective) {
                if let last = adjective.split(separator: " ").last?.lowercased(), !adjectivesAlsoGivenNames.contains(last) {
                    words.insert(last)
                }
            }
        }
        return words
    }()

    /// Folded adjectives, other adjectives, names and capitals → the row's adjective (first row wins).
    static let adjectiveByForm: [String: String] = {
        var table: [String: String] = [:]
        for c in countries {
            for form in [c.adjective] + c.otherAdjectives + c.names + c.capitals where table[fold(form)] == nil {
                table[fold(form)] = c.adjective
            }
        }
        return table
    }()

    /// Every word of every place name, folded (`phnom`, `penh`, `tobago`).
    static let wordsOfPlaceNames: Set<String> = Set(places.keys.flatMap { $0.split(separator: " ").map(String.init) })

    /// The most words any place name has.
    static let longestPlaceName: Int = places.keys.map { $0.split(separator: " ").count }.max() ?? 1

    /// The first words of the forms in `adjectiveByForm`: a phrase is searched only from these.
    static let firstWordsOfForms: Set<String> = Set(adjectiveByForm.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The most words any form in `adjectiveByForm` has.
    static let longestForm: Int = adjectiveByForm.keys.map { $0.split(separator: " ").count }.max() ?? 1

    static let adjectiveByCapital: [String: String] = {
        var table: [String: String] = [:]
        for c in countries { for city in c.capitals where table[fold(city)] == nil { table[fold(city)] = c.adjective } }
        return table
    }()

    static let rowByName: [String: Country] = {
        var table: [String: Country] = [:]
        for c in countries { for n in c.names where table[fold(n)] == nil { table[fold(n)] = c } }
        return table
    }()

    /// Names of one capital city: its usual spelling first, then other spellings and earlier names of
    /// the same city. A row's `capitals` may also list distinct seats (Jerusalem and Tel Aviv, Karachi
    /// and Islamabad, Riyadh and Jeddah): those are different cities, and a title's embassy keeps the
    /// one it prints.
    static let sameCityNames: [[String]] = [
        ["St. Petersburg", "Saint Petersburg", "Petrograd"],
        ["Beijing", "Peking", "Peiping"],
        ["Ulaanbaatar", "Ulan Bator", "Ulaan Baatar"],
        ["Washington", "Washington D.C."],
        ["New Delhi", "Delhi"],
        ["Jakarta", "Djakarta", "Batavia"],
        ["Bern", "Berne"],
        ["Tehran", "Teheran"],
        ["Brasilia", "Brasília"],
        ["Oslo", "Christiania", "Kristiania"],
        ["Reykjavik", "Reykjavík"],
        ["Valletta", "Valetta"],
        ["Tallinn", "Reval"],
        ["Vilnius", "Vilna"],
        ["Kaunas", "Kovno"],
        ["Kyiv", "Kiev"],
        ["Chisinau", "Chișinău", "Kishinev"],
        ["Tbilisi", "Tiflis"],
        ["Yerevan", "Erivan"],
        ["Podgorica", "Titograd"],
        ["Pristina", "Prishtina"],
        ["Almaty", "Alma-Ata"],
        ["Ashgabat", "Ashkhabad"],
        ["Bishkek", "Frunze"],
        ["Dushanbe", "Stalinabad"],
        ["San José", "San Jose"],
        ["Santo Domingo", "Ciudad Trujillo"],
        ["Port of Spain", "Port-of-Spain"],
        ["Bogotá", "Bogota"],
        ["Santiago", "Santiago de Chile"],
        ["Asunción", "Asuncion"],
        ["Kinshasa", "Léopoldville", "Leopoldville"],
        ["Bujumbura", "Usumbura"],
        ["Yaoundé", "Yaounde"],
        ["N'Djamena", "Fort-Lamy"],
        ["Lomé", "Lome"],
        ["Banjul", "Bathurst"],
        ["Malabo", "Santa Isabel"],
        ["São Tomé", "Sao Tome"],
        ["Maputo", "Lourenço Marques", "Lourenco Marques"],
        ["Harare", "Salisbury"],
        ["Antananarivo", "Tananarive"],
        ["Jeddah", "Jidda"],
        ["Sanaa", "Sana'a"],
        ["Dhaka", "Dacca"],
        ["Kathmandu", "Katmandu"],
        // German names of capitals, as the German editions print them (`an den Botschafter in Wien`).
        // (Vienna is the capital of two rows, Austria and Austria-Hungary: `Wien` is listed with both, as a capital only.)
        ["Rome", "Rom"], ["Warsaw", "Warschau"], ["Brussels", "Brüssel"], ["Copenhagen", "Kopenhagen"],
        ["Lisbon", "Lissabon"], ["Athens", "Athen"],
        ["Hsinking", "Xinjing"],
    ]

    /// Folded name of a capital → the usual spelling of the same city (`peking` → `Beijing`,
    /// `PYONGYANG` → `Pyongyang`); a distinct seat of the same state maps to itself.
    static let usualCapital: [String: String] = {
        var table: [String: String] = [:]
        for c in countries { for city in c.capitals where table[fold(city)] == nil { table[fold(city)] = city } }
        for names in sameCityNames { for name in names { table[fold(name)] = names[0] } }
        return table
    }()

    /// The capital a city name denotes, with its country adjective: `Bucharest` → `Romanian`.
    static func capitalAdjective(_ city: String) -> String? {
        adjectiveByCapital[fold(city)]
    }

    /// The country adjective for a country name in any of its forms: `the DPRK` → `North Korean`.
    static func countryAdjective(_ name: String) -> String? {
        rowByName[droppingArticle(fold(name))]?.adjective
    }

    /// The first-listed capital of a country name.
    static func capital(ofCountry name: String) -> String? {
        rowByName[droppingArticle(fold(name))]?.capitals.first
    }

    /// The first-listed capital of the country an adjective names: `Chinese` → `Beijing`.
    static func capital(ofAdjective adjective: String) -> String? {
        countries.first { $0.adjective == adjective }?.capitals.first
    }

    static func isPlace(_ name: String) -> Bool { places[fold(name)] != nil }

    /// Words that make a capitalised phrase a place name, whether or not the gazetteer lists it: a kind of place opening
    /// it (`Lake Success`, `Fort Meade`, `Port Vell`, `Cape Town`, `Mount Kisco`) or closing it (`Pearl Harbor`, `Niagara
    /// Falls`, `Colorado Springs`, `Faroe Islands`).
    static let placeKindOpeners: Set<String> = ["lake", "fort", "port", "cape", "mount", "mt.", "bay", "gulf", "isle", "point", "camp"]
    static let placeKindClosers: Set<String> = ["harbor", "harbour", "falls", "springs", "island", "islands", "bay", "heights",
                                                 "beach", "city", "valley"]

    /// A place named by the gazetteer, or a phrase of two to four capitalised words opened or closed by a kind of place.
    static func isPlaceShaped(_ name: String) -> Bool {
        if isPlace(name) { return true }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
              let first = words.first, let last = words.last else { return false }
        return placeKindOpeners.contains(first.lowercased()) || placeKindClosers.contains(last.lowercased())
    }

    static func droppingArticle(_ key: String) -> String {
        key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    static func fold(_ s: String) -> String { NameFolding.fold(s) }
}
