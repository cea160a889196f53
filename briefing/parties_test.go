package briefing

import (
	"slices"
	"strings"
	"testing"
)

// partyCase is a text written for these tests and the parties of one kind
// the brief must find in it, in order.
type partyCase struct {
	text string
	want []string
}

// checkParties runs cases through New and compares what list picks out.
func checkParties(t *testing.T, kind string, cases []partyCase, list func(Parties) []string) {
	t.Helper()
	for _, tc := range cases {
		got := list(briefOf(t, parse(t, []byte(tc.text)), Options{}).Parties)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %s %q, want %q", tc.text, kind, got, tc.want)
		}
	}
}

// orgNames lists the names of a brief's organisations, for checkParties.
func orgNames(ps Parties) (out []string) {
	for _, o := range ps.Organisations {
		out = append(out, o.Name)
	}
	return out
}

// personRoles lists a brief's persons as "name | title | role", for
// checkParties.
func personRoles(ps Parties) (out []string) {
	for _, p := range ps.Persons {
		out = append(out, p.Name+" | "+p.Title+" | "+p.Role)
	}
	return out
}

// TestPersonNames pins persons, each as "name | title | role".
func TestPersonNames(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The appointees include Mr. A. S. K. Seneviratne, Ambassador-designate for Egypt.",
			[]string{"A. S. K. Seneviratne | Mr. | Ambassador-designate for Egypt"}},
		{"President-elect Maria Fernando met the press on Monday.",
			[]string{"Maria Fernando |  | President-elect"}},
		{"Chinese Premier Li Wei met the delegation. Premier Li welcomed the plan.",
			[]string{"Li Wei |  | Chinese Premier"}},
		{"President Appoints Three Ambassadors\n\nThe President appointed them on Monday.",
			nil},
		{"In his meeting with members of the Geneva Chapter of the Institute of Chartered Accountants of India (ICAI), Shri Ravi Kumar praised their work.",
			[]string{"Ravi Kumar | Shri | "}},
		{"President Lula met the press. President Luiz Inácio Lula da Silva spoke later.",
			[]string{"Luiz Inácio Lula da Silva |  | President"}},
		{"President Fernando Embarks on a State Visit to China\n\nPresident Maria Fernando left today.",
			[]string{"Maria Fernando |  | President"}},
		{"It was attended by Prime Minister Dr. Asha Perera, Ministers Sunil Silva and Kamal Fonseka, and officials.",
			[]string{"Asha Perera | Dr. | Prime Minister", "Sunil Silva |  | Minister", "Kamal Fonseka |  | Minister"}},
		{"The Minister of Industry, Mr. Sunil Silva, Chairman of the Gem Authority, Mr. Naveen Perera, attended.",
			[]string{"Sunil Silva | Mr. | Minister of Industry", "Naveen Perera | Mr. | Chairman of the Gem Authority"}},
		{"Readout of Vice President Jane Roe Call with President Kais Saied of Tunisia\n\nVice President Jane Roe spoke today with President Kais Saied.",
			[]string{"Jane Roe |  | Vice President", "Kais Saied |  | President"}},
		{"The Secretary, Mr. Roshan Perera, Additional Secretary of the Ministry, M.K. Padman, and H. E. Bonnie Horbach attended.",
			[]string{"Roshan Perera | Mr. | Secretary", "M.K. Padman |  | Additional Secretary of the Ministry", "Bonnie Horbach | H. E. | "}},
		// a sign-off's office on the line after the name or before it; an
		// honorific before the name; a hyphenated surname
		{"Iraq condemns the attack and stands with the families.\n\nDr. Omar Al-Hakim\n\nSpokesperson of the Ministry of Foreign Affairs",
			[]string{"Omar Al-Hakim | Dr. | Spokesperson of the Ministry of Foreign Affairs"}},
		{"Joint statement\n\nThe two ministers signed the agreement today.\n\nJane Roe\nMinister of Foreign Affairs of Latvia\n\nJohn Doe\nMinister of Foreign Affairs of Estonia",
			[]string{"Jane Roe |  | Minister of Foreign Affairs of Latvia", "John Doe |  | Minister of Foreign Affairs of Estonia"}},
		{"Statement on the Attack\n\nIraq condemns the attack. It stands with the families of the victims.\n\nForeign Ministry Official Spokesman\n\nDr. Omar Al-Hakim",
			[]string{"Omar Al-Hakim | Dr. | Foreign Ministry Official Spokesman"}},
		{"Commission President Ursula von der Leyen and Deputy Attorney General Lisa Monaco spoke.",
			[]string{"Ursula von der Leyen |  | Commission President", "Lisa Monaco |  | Deputy Attorney General"}},
		{"The Undersecretary of Human Rights, Population and Migration met the team.",
			nil},
		{"The Executive Director of the United Nations Entity for Gender Equality spoke before the General Elections.",
			nil},
		{"Official Languages Commission Chairman Appointed\n\nChief Election Commissioner Shri Gyanesh Kumar attended.",
			[]string{"Gyanesh Kumar | Shri | Chief Election Commissioner"}},
		{"Members of the Association of Inbound Tour Operators met One Woman Officer of the unit.",
			nil},
		{"National Security and Intelligence Advisor Jane Doe met the delegation.",
			[]string{"Jane Doe |  | National Security and Intelligence Advisor"}},
		// a surname the lexicon knows as a month, a headline word or an
		// office ends the name of one given name after an office or an
		// honorific; a Roman numeral after a ruler's name is part of it
		{"The agreement was welcomed by Chancellor Timothy P. White on Monday.",
			[]string{"Timothy P. White |  | Chancellor"}},
		{"Home Secretary Anna May met the Finance Minister Tom Key on Monday.",
			[]string{"Anna May |  | Home Secretary", "Tom Key |  | Finance Minister"}},
		{"The talks were held with the Hon. Mary Bishop, MP, Minister for Trade.",
			[]string{"Mary Bishop | Hon. | Minister for Trade"}},
		// post-nominal letters end a name whose last word is an office,
		// and stand before the office after them
		{"The talks were held with Hon Mary Bishop MP on Tuesday.",
			[]string{"Mary Bishop | Hon | MP"}},
		{"The statement was issued by Rt Hon Tom Bishop MP, Secretary of State for Trade.",
			[]string{"Tom Bishop | Rt Hon | Secretary of State for Trade"}},
		// an office before the name whose parts, between commas, end in
		// a place's or a portfolio's name
		{"The minister will meet the Vice-President, Northern Europe and the Baltic, of the Harbour Bank, Mr. Jon Tilly on Wednesday.",
			[]string{"Jon Tilly | Mr. | Vice-President, Northern Europe and the Baltic, of the Harbour Bank"}},
		{"The talks were opened by the Minister for Housing, Rivers and Fisheries, Dr. Jane Roe, in Lakeside.",
			[]string{"Jane Roe | Dr. | Minister for Housing, Rivers and Fisheries"}},
		// a body with its acronym in brackets before the office is where
		// it is held
		{"Northern Environmental Protection Agency (NEPA) Administrator Jane Roe announced the grants on Monday.",
			[]string{"Jane Roe |  | Northern Environmental Protection Agency (NEPA) Administrator"}},
		{"On Monday, Harbour Union Commission (HUC) Chairperson Jon Tilly met the minister.",
			[]string{"Jon Tilly |  | Harbour Union Commission (HUC) Chairperson"}},
		// but a bracket that holds no acronym ends what comes before
		{"The report of the Harbour Agency (Lakeside) Secretary Jane Roe signed was published on Monday.",
			[]string{"Jane Roe |  | Secretary"}},
		// but not across a verb: the words before the comma are a place
		{"Aid reached Lakeside, Northfield and the Delta, Mr. Jon Tilly said on Monday.",
			[]string{"Jon Tilly | Mr. | "}},
		// honorifics stacked after an office are one title
		{"The minister received University Rector Prof. Dr. Elif Yazar.",
			[]string{"Elif Yazar | Prof. Dr. | University Rector"}},
		// a country ends an office before a comma; a possessor country
		// opens one after a comma
		{"The Minister of Commerce of the People’s Republic of China, Mr. Wang Ling, arrived.",
			[]string{"Wang Ling | Mr. | Minister of Commerce of the People’s Republic of China"}},
		{"The delegations were led by Dr. Karel Novak, Iraq’s Minister of Planning, and officials.",
			[]string{"Karel Novak | Dr. | Minister of Planning"}},
		// an office in brackets, in lower case, or held before
		{"The talks were led by Karl Lind (Minister of Trade) and Per Holm (Deputy Minister of Finance).",
			[]string{"Karl Lind |  | Minister of Trade", "Per Holm |  | Deputy Minister of Finance"}},
		{"The signing was attended by Dr. Piotr Daglas, president of the National Space Centre.",
			[]string{"Piotr Daglas | Dr. | president of the National Space Centre"}},
		{"The minister met Mr. Carlos Mendes, former President of the Republic of Portugal.",
			[]string{"Carlos Mendes | Mr. | former President of the Republic of Portugal"}},
		{"He wished YODAK President Tomas Berg, former Foreign Minister, success.",
			[]string{"Tomas Berg |  | YODAK President"}},
		// ", and" and an office open the list's next item
		{"He met President Tomas Berg, Prime Minister Karl Lind, and Chairman of the National Assembly Olof Sand.",
			[]string{"Tomas Berg |  | President", "Karl Lind |  | Prime Minister", "Olof Sand |  | Chairman of the National Assembly"}},
		// a generational suffix; a short bracket after each name of a
		// list under a plural office; "counterpart" heads an office
		{"The agreement was signed by Dr. Ambrosio B. Cultura II, the System President.",
			[]string{"Ambrosio B. Cultura II | Dr. | System President"}},
		{"The delegation includes Representatives Ted Deutch (D-FL), Bill Keating (D-MA) and Ted Lieu (D-CA).",
			[]string{"Ted Deutch |  | Representative", "Bill Keating |  | Representative", "Ted Lieu |  | Representative"}},
		{"The minister spoke with his German counterpart Heiko Maas on Tuesday.",
			[]string{"Heiko Maas |  | counterpart"}},
		{"The bill was introduced by Rep. Young Kim and Atty. Maria Santos.",
			[]string{"Young Kim | Rep. | ", "Maria Santos | Atty. | "}},
		// a city's name as a family name after an office and a given name
		{"He met Prime Minister Joseph Muscat of Malta in Helsinki.",
			[]string{"Joseph Muscat |  | Prime Minister"}},
		// a body whose head noun also heads headlines ("Forum") ends an
		// office before the name
		{"The Chair of the Pacific Islands Forum, Peter Smith, said the meeting was a success.",
			[]string{"Peter Smith |  | Chair of the Pacific Islands Forum"}},
		// "Name, Office, Name, Office": an office after a name with no
		// office of its own is that name's, even with "and" in it
		{"It was signed by Gao Hucheng, Trade Representative and Vice Minister of Commerce, Peng Sen, Vice Chairman of the Commission.",
			[]string{"Gao Hucheng |  | Trade Representative and Vice Minister of Commerce", "Peng Sen |  | Vice Chairman of the Commission"}},
		{"He met Secretary Jane Roe, and Commissioner for Migration, Home Affairs and Citizenship, Dimitri Pappas.",
			[]string{"Jane Roe |  | Secretary", "Dimitri Pappas |  | Commissioner for Migration, Home Affairs and Citizenship"}},
		// a name after a portfolio: a family name written first, a particle
		{"The Minister of Agriculture and Rural Development Le Van Thanh attended.",
			[]string{"Le Van Thanh |  | Minister of Agriculture and Rural Development"}},
		{"The Minister of Energy and Mineral Resources Suhail Al Mazrouei attended.",
			[]string{"Suhail Al Mazrouei |  | Minister of Energy and Mineral Resources"}},
		{"Co-rapporteur Jan Novak (EPP, PL) said the budget was under strain.",
			[]string{"Jan Novak |  | Co-rapporteur"}},
		{"Remarks by Ambassador Linda Moor Recognizing the New Members\n\nAmbassador Linda Moor spoke today.",
			[]string{"Linda Moor |  | Ambassador"}},
		// a hyphenated given name before the family name; a body's
		// possessive inside an office; an office one is appointed to
		{"He met Korea First Vice Minister of Economy and Finance Eog-weon Lee.",
			[]string{"Eog-weon Lee |  | Korea First Vice Minister of Economy and Finance"}},
		{"The delegation included Carine Claes, the European External Action Service’s Special Envoy for Space.",
			[]string{"Carine Claes |  | European External Action Service’s Special Envoy for Space"}},
		{"Ms Laura Penn has been appointed Ambassador to Norway in succession to Mr Roger Hale.",
			[]string{"Laura Penn | Ms | Ambassador to Norway", "Roger Hale | Mr | "}},
		{"She met Vice Foreign Minister Ha Kim Ngo, Chairman of the Party’s Commission on External Relations Le Hoai Trung.",
			[]string{"Ha Kim Ngo |  | Vice Foreign Minister", "Le Hoai Trung |  | Chairman of the Party’s Commission on External Relations"}},
		// the body of an office stated before the name, after a comma;
		// not a list's next item nor a part of a body
		{"The dialogue was led by Political Director Jan Mull, Slovenian Ministry of Foreign Affairs, and Deputy Assistant Secretary Robin Dunn, Bureau of European and Eurasian Affairs, U.S. Department of State.",
			[]string{"Jan Mull |  | Political Director, Slovenian Ministry of Foreign Affairs", "Robin Dunn |  | Deputy Assistant Secretary, Bureau of European and Eurasian Affairs, U.S. Department of State"}},
		// an office in the plural opens a list of names across a mark
		{"The Co-Chairs of the Minsk Group (Jane Roe of France, John Doe of Chile and Ann Lee of Peru) met on Monday.",
			[]string{"Jane Roe |  | Co-Chair of the Minsk Group", "John Doe |  | Co-Chair of the Minsk Group", "Ann Lee |  | Co-Chair of the Minsk Group"}},
		{"He will meet the Chairpersons of the two chambers—Maulen Ashimbayev and Yerlan Koshanov—on Friday.",
			[]string{"Maulen Ashimbayev |  | Chairperson of the two chambers", "Yerlan Koshanov |  | Chairperson of the two chambers"}},
		{"He met members of the Presidency, Željko Komšić and Denis Bećirović, in Sarajevo.",
			[]string{"Željko Komšić |  | member of the Presidency", "Denis Bećirović |  | member of the Presidency"}},
		// each name of a list after an office in the plural, each with its state
		{"The Co-Chairs (Ambassadors Jane Roe of France, John Doe of Chile, and Ann Lee of Peru) met on Monday.",
			[]string{"Jane Roe |  | Ambassador of France", "John Doe |  | Ambassador of Chile", "Ann Lee |  | Ambassador of Peru"}},
		// an office in lower case before a name across a comma, not another
		// name's apposition
		{"On Monday the minister of education and culture of Cyprus, Jane Roe, and CERN’s director-general, John Doe, signed an agreement.",
			[]string{"Jane Roe |  | minister of education and culture of Cyprus", "John Doe |  | director-general"}},
		// an office in the plural of several states, each followed by its holder
		{"Talks were held with the Foreign Ministers of Azerbaijan, Jane Roe, and Armenia, John Doe.",
			[]string{"Jane Roe |  | Foreign Minister of Azerbaijan", "John Doe |  | Foreign Minister of Armenia"}},
		{"The Ministers of Foreign Affairs of Latvia, Jane Roe, Estonia, John Doe, and Lithuania, Ann Lee, met in Riga.",
			[]string{"Jane Roe |  | Minister of Foreign Affairs of Latvia", "John Doe |  | Minister of Foreign Affairs of Estonia", "Ann Lee |  | Minister of Foreign Affairs of Lithuania"}},
		// the same in lower case, each state followed by its holder with or
		// without a comma, the items apart by commas or semicolons; a name
		// after the list, or after a list of states alone, holds no office
		{"The minister met with the foreign ministers of Portugal Ana Costa, Estonia Mart Tamm, and Chile Pedro Rojas on Monday.",
			[]string{"Ana Costa |  | foreign minister of Portugal", "Mart Tamm |  | foreign minister of Estonia", "Pedro Rojas |  | foreign minister of Chile"}},
		{"Later she met separately with the finance ministers of Peru, Luis Vargas; Ecuador, Maria Lopez; and Bolivia, Juan Perez. Jane Roe of Chile sent a letter.",
			[]string{"Luis Vargas |  | finance minister of Peru", "Maria Lopez |  | finance minister of Ecuador", "Juan Perez |  | finance minister of Bolivia", "Jane Roe |  | "}},
		{"She met the ministers of foreign affairs of Peru, Luis Vargas, and Chile, Ana Soto, on Monday.",
			[]string{"Luis Vargas |  | minister of foreign affairs of Peru", "Ana Soto |  | minister of foreign affairs of Chile"}},
		{"They thanked the ministers of Peru and Chile, Jane Roe said.",
			[]string{"Jane Roe |  | "}},
		// office words in lower case before the head of an office across a
		// comma, after a possessive
		{"The head of the department met with Germany’s foreign minister, Karl-Heinz Brandt, in Berlin today.",
			[]string{"Karl-Heinz Brandt |  | foreign minister"}},
		// the capitalised words after an office and "of" name where it is
		// held, not its holder
		{"As the mayor of Port Delmar said yesterday, the city mourns. As governor of Upper Falls Heights, I saw the need.",
			nil},
		// nor is an office in lower case before a name across a comma one
		// that a verb ends
		{"As the mayor of Port Delmar said yesterday, Maria Perera will lead the work.",
			[]string{"Maria Perera |  | "}},
		// a family name in capitals after an office, before the given name
		{"Talks on Trade\n\nMinister of Ports and Harbours of Japan TANAKA Hiroko met Prime Minister SATO Kenji in Osaka.",
			[]string{"TANAKA Hiroko |  | Minister of Ports and Harbours of Japan", "SATO Kenji |  | Prime Minister"}},
		// initials fused to the surname are a whole name, not a lone word
		{"Talks on Trade\n\nThey recalled the visit of the President of Moldova V.Petrenko to Lisbon in 2011.",
			[]string{"V.Petrenko |  | President of Moldova"}},
		// surnames alone after an office in the plural, each after a bracket
		{"The letter was also signed by Senators Leahy (D-VT), Bingaman (D-NM), Harkin (D-IA), and Barrasso (R-WY).",
			[]string{"Leahy |  | Senator", "Bingaman |  | Senator", "Harkin |  | Senator", "Barrasso |  | Senator"}},
		// a name alone on a line, its office on the lines under it (a
		// hearing's witness list)
		{"The committee will hear two witnesses on Thursday.\n\nThe Honorable Jane A. Roe\nAssistant Secretary\nBureau of Economic Affairs\nU.S. Department of State\n\nThe Honorable John Doe\nDirector\nOffice of Trade Policy\n\nThe hearing will be open to the public.",
			[]string{"Jane A. Roe | The Honorable | Assistant Secretary, Bureau of Economic Affairs, U.S. Department of State", "John Doe | The Honorable | Director, Office of Trade Policy"}},
		// an office before a name across a dash, a bracket inside the office,
		// a hyphenated office word before the comma
		{"The Special Representative for Central Africa — Jane Roe — has been working with the parties.",
			[]string{"Jane Roe |  | Special Representative for Central Africa"}},
		{"He will meet the Speaker of the Saeima (the Latvian Parliament), Jane Roe, on Monday.",
			[]string{"Jane Roe |  | Speaker of the Saeima (the Latvian Parliament)"}},
		{"He was joined by the Personal Representative of the Chairperson-in-Office, John Doe.",
			[]string{"John Doe |  | Personal Representative of the Chairperson-in-Office"}},
		// a letter's greeting and a headline's noun are no office
		{"Dear Secretary Clinton, we write to urge action.",
			[]string{"Clinton |  | Secretary"}},
		// an honorific before the office is a form of address, not part of it
		{"The communiqué was signed by H.E President Jane Roe and by the President of Ghana, His Excellency Kofi Mensah.",
			[]string{"Jane Roe |  | President", "Kofi Mensah | His Excellency | President of Ghana"}},
		{"I thank Honorable Minister of Health Dr. Frank Toni, Staff of the Ministry of Health, and guests.",
			[]string{"Frank Toni | Dr. | Minister of Health"}},
		{"Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, and Pakistan's Minister of Foreign Affairs, Shah Qureshi, met today.",
			[]string{"Abdullah bin Zayed | Sheikh | Minister of Foreign Affairs", "Shah Qureshi |  | Minister of Foreign Affairs"}},
		// a hyphenated given name after the family name is a name word;
		// initials continue a list of holders of a plural office
		{"They discussed the meeting with Kim Yong-chol, Deputy Chairman of the Workers’ Party in North Korea.",
			[]string{"Kim Yong-chol |  | Deputy Chairman of the Workers’ Party in North Korea"}},
		{"The meeting was attended by MPs Gayan Perera, Kavin Silva, S.M. Marikar and Kader Masood.",
			[]string{"Gayan Perera |  | MP", "Kavin Silva |  | MP", "S.M. Marikar |  | MP", "Kader Masood |  | MP"}},
		// Dutch particles after a portfolio; an honorific that is also the
		// last word of a portfolio ("Justice") is no title
		{"The Minister for Foreign Affairs Wopke van den Hoek met the envoy.",
			[]string{"Wopke van den Hoek |  | Minister for Foreign Affairs"}},
		{"She met Dutch Minister of Security and Justice Ard van der Steur in The Hague.",
			[]string{"Ard van der Steur |  | Dutch Minister of Security and Justice"}},
		{"The memorandum was signed by the Department of Justice Antitrust Division and Federal Trade Commission Chairwoman Edith Ramos.",
			[]string{"Edith Ramos |  | Federal Trade Commission Chairwoman"}},
		// an office after a comma that a headline's verb follows opens a
		// clause: no apposition
		{"Crisis Devastates World’s Poorest Countries, Secretary-General Tells Council Forum\n\nThe Secretary-General Jane Roe spoke today.",
			[]string{"Jane Roe |  | Secretary-General"}},
		// an office, a comma, and a one-word office before the name: the
		// second is the rank the holder of the first bears, her title; not
		// after another person's name nor after a plural office
		{"The Spokesperson of the Ministry of Foreign Affairs, Ambassador Hasan Mert, answered a question.",
			[]string{"Hasan Mert | Ambassador | Spokesperson of the Ministry of Foreign Affairs"}},
		{"He met Jane Roe, Minister of Trade, Ambassador John Doe and others.",
			[]string{"Jane Roe |  | Minister of Trade", "John Doe |  | Ambassador"}},
		{"During the call with G7 Finance Ministers, Secretary Bessel spoke.",
			[]string{"Bessel |  | Secretary"}},
		// a hyphenated word before a capitalised one is no given name
		// unless an honorific or office precedes it or a family name
		// written last follows; a clause after a comma is no office
		{"Shares of London-based Xstrata and State-owned Rosneft rose, said Hiro Sato, chief economist at the Dai-ichi Life Research Institute.",
			[]string{"Hiro Sato |  | chief economist at the Dai-ichi Life Research Institute"}},
		{"The award went to Dr. Jyh-tong Teng of the university.",
			[]string{"Jyh-tong Teng | Dr. | "}},
		{"The company thanked Mr Kenji Tsuda, who will become chairman in June.",
			[]string{"Kenji Tsuda | Mr | "}},
		{"He met Quebec Premier Frank Legal, and the MP of Louis-Hebert and Parliamentary Secretary to the Minister of Public Safety, Joel Lightman.",
			[]string{"Frank Legal |  | Quebec Premier", "Joel Lightman |  | MP of Louis-Hebert and Parliamentary Secretary to the Minister of Public Safety"}},
		{"The memorandum was signed by Dr. Ahmed Al Kuwaiti, Head of Customs.",
			[]string{"Ahmed Al Kuwaiti | Dr. | Head of Customs"}},
		{"The case was handled by Assistant U.S. Attorneys Jane Roe, Mark Doe and Ella Poe of the District.",
			[]string{"Jane Roe |  | Assistant U.S. Attorney", "Mark Doe |  | Assistant U.S. Attorney", "Ella Poe |  | Assistant U.S. Attorney"}},
		{"They were joined by MPs Ravi Perera and Nimal Silva from the Alliance.",
			[]string{"Ravi Perera |  | MP", "Nimal Silva |  | MP"}},
		// a body's name is no office, though an office word stands in it
		{"The case was brought by the Department of Justice Fraud Section and Department of Homeland Security Secretary Ana Ruiz.",
			[]string{"Ana Ruiz |  | Department of Homeland Security Secretary"}},
		// the portfolio of an office ends before the name
		{"The Minister for Climate Change Kaveh Talebi met the Leader of the Opposition Ana Ruiz.",
			[]string{"Kaveh Talebi |  | Minister for Climate Change", "Ana Ruiz |  | Leader of the Opposition"}},
		{"The talks were held today. Mr. Lena Berg, Special Representative for Nordic Peninsula Peace and Security Affairs of the Ministry, met the press.",
			[]string{"Lena Berg | Mr. | Special Representative for Nordic Peninsula Peace and Security Affairs of the Ministry"}},
		{"Commission Chairperson Musa Faki Mahamadou opened the session.",
			[]string{"Musa Faki Mahamadou |  | Commission Chairperson"}},
		// family names in capitals (Japanese releases)
		{"Mr. SATO Kenji, Minister for Foreign Affairs, met H.E. Ms. Marie DUPONT, Minister for Europe. Minister Dupont thanked Minister Sato.",
			[]string{"SATO Kenji | Mr. | Minister for Foreign Affairs", "Marie DUPONT | H.E. Ms. | Minister for Europe"}},
		{"Signed in Tokyo.\n\nTANAKA Hiroshi, Minister of Justice, Japan\n\nNATO and the EU were consulted.",
			[]string{"TANAKA Hiroshi |  | Minister of Justice, Japan"}},
		{"The talks were held today. Foreign Minister Omar al-Rashid met the envoy.",
			[]string{"Omar al-Rashid |  | Foreign Minister"}},
		{"King Henry IV received the envoy.",
			[]string{"Henry IV | King | "}},
		{"President Lee Meets Prime Minister Sato in Tokyo\n\nPresident Lee met Prime Minister Sato today.",
			[]string{"Lee |  | President", "Sato |  | Prime Minister"}},
		// linking: a surname spelled apart by a letter or two, with "ji",
		// or written as a possessive without its apostrophe is the same
		// person; a surname two people share goes to the one whose office
		// or honorific fits; an office in the plural is no name
		{"President Maria Dissanayake met the envoy. President Disanayaka thanked him for the visit.",
			[]string{"Maria Dissanayake |  | President"}},
		{"Prime Minister Shri Narendra Mehta opened the line. The Cabinet chaired by Prime Minister Shri Narendra Mehtaji approved it.",
			[]string{"Narendra Mehta | Shri | Prime Minister"}},
		{"Attorney General Eric Holbrooks met the press during the Attorney Generals official visit. Attorney General Eric Holbrook spoke.",
			[]string{"Eric Holbrook |  | Attorney General"}},
		// capitalised words after an office that end in a body's head noun
		// (or its plural) or an event noun, or follow a plural
		// possessive, name a thing
		{"The Deputy Assistant Secretary of State for Eastern Hemisphere Programs met the team.",
			nil},
		{"The Nordic Foreign Ministers’ Retreat opened in Oslo on Monday.",
			nil},
		{"Assistant Attorney General Jane Roe of the Justice Department’s Antitrust Division spoke.",
			[]string{"Jane Roe |  | Assistant Attorney General"}},
		// the last portfolio of a list before the name; after "member of
		// the" a capitalised run names a body
		{"Minister of Immigration, Refugees and Citizenship Karl Domer met the envoy.",
			[]string{"Karl Domer |  | Minister of Immigration, Refugees and Citizenship"}},
		{"Norway became the newest member of the Polar Accords family. Treasurer Jim Halvorsen signed.",
			[]string{"Jim Halvorsen |  | Treasurer"}},
		// initials written together or apart are one name
		{"Shri K. S. Menon opened the hall. Shri K.S. Menon was the Speaker then.",
			[]string{"K. S. Menon | Shri | "}},
		{"Governor-General Anna Brook received the delegation in Canberra.",
			[]string{"Anna Brook |  | Governor-General"}},
		// surnames alone after an office in the plural; a family name
		// begun by its particles after an office
		{"In keeping with the commitment made by Presidents Marlow and Ostrander during their meeting in Rome, the sides met.",
			[]string{"Marlow |  | President", "Ostrander |  | President"}},
		{"The Council built on the work announced by President van der Berg on Monday.",
			[]string{"van der Berg |  | President"}},
		// a given name ending in "ed" is no past tense in a headline
		{"President Meets Prime Minister Sheikh Ahmed Nasser Al Rashid\n\nThe two leaders discussed trade.",
			[]string{"Ahmed Nasser Al Rashid | Sheikh | Prime Minister"}},
		// a photograph's credit names a person
		{"The two ministers hold signed copies of the agreement. Photo Credit: (Agency/Tomas Reyl)\n\nThe agreement takes effect in May.",
			[]string{"Tomas Reyl |  | "}},
		// a given name alone in "X and I" is the speaker's companion
		{"Statement from the President on the Floods\n\nElena and I are heartbroken by the news from the coast. We pray for the families who lost loved ones.",
			[]string{"Elena |  | "}},
		{"President Donald Roe and Mrs. Melania Roe arrived in Tokyo. Mr. Roe met the Emperor. President Roe then left.",
			[]string{"Donald Roe | Mr. | President", "Melania Roe | Mrs. | "}},
		// the body an office is held in, after the name; an office whose
		// head opens with a function word; a headline's words before a
		// preposition and the office
		{"Talks on Trade\n\nThe memorandum was signed by Chairwoman Jane Roe of the FTC and Secretary General John Doe of the Organization of American States (OAS).",
			[]string{"Jane Roe |  | Chairwoman of the FTC", "John Doe |  | Secretary General of the Organization of American States (OAS)"}},
		{"Talks on Trade\n\nUnder Secretary Jane Roe met the delegation. The Ministry of Finance Joint Secretary Anna Berg met the team.",
			[]string{"Jane Roe |  | Under Secretary", "Anna Berg |  | Joint Secretary"}},
		// a tenure word before the office is the office's, not the headline's
		{"Statement on the Passing of Former Italian President John Doe\n\nThe Bank mourns him.",
			[]string{"John Doe |  | Former Italian President"}},
		{"Senate Confirms Appointment of Chairman John Doe to the Committee\n\nThe Senate voted on Monday.",
			[]string{"John Doe |  | Chairman"}},
		// a portfolio word no lexicon knows before the comma
		{"Talks on Trade\n\nThe Chairman of the House Committee on Appropriations, Rep. John Doe (NJ-11), returned from Iraq.",
			[]string{"John Doe | Rep. | Chairman of the House Committee on Appropriations"}},
		// a counterpart holds the office of the person before him, for
		// his own country; an office in lower case before a titled name
		{"Talks on Trade\n\nEstonian Foreign Minister Urmas Tamm met his Vietnamese counterpart Pham Van Long on Tuesday.",
			[]string{"Urmas Tamm |  | Estonian Foreign Minister", "Pham Van Long |  | Foreign Minister, Vietnamese counterpart"}},
		{"Talks on Trade\n\nForeign Minister Jane Roe met her German counterpart John Doe. Federal Minister for Foreign Affairs John Doe said the talks were useful.",
			[]string{"Jane Roe |  | Foreign Minister", "John Doe |  | Federal Minister for Foreign Affairs"}},
		// an office in lower case in apposition after a bracket; a body's
		// name in apposition is no office; a one-word office with an
		// honorific after another office and a comma is the title
		{"Talks on Trade\n\nU.S. Senator Jane Roe (R-Idaho), ranking member of the Senate Foreign Relations Committee, released a statement.",
			[]string{"Jane Roe |  | U.S. Senator, ranking member of the Senate Foreign Relations Committee"}},
		{"Talks on Trade\n\nWith the passing of Jane Roe, the Department of Justice has lost a leader. Attorney General Jane Roe served for eight years.",
			[]string{"Jane Roe |  | Attorney General"}},
		{"Talks on Trade\n\nThey mourned the President of the Islamic Republic of Iran, President Dr. John Doe, and his delegation.",
			[]string{"John Doe | President Dr. | President of the Islamic Republic of Iran"}},
		// an office given by a verb, to a name with no title; not to the
		// subject of a verb whose object will serve
		{"Talks on Trade\n\nJane Roe (Germany) will serve as Special Representative on Eastern Europe. Speaker John Doe asked Rep. Mary Poe to serve as Vice Chairman.",
			[]string{"Jane Roe |  | Special Representative on Eastern Europe", "John Doe |  | Speaker", "Mary Poe | Rep. | "}},
		{"Talks on Trade\n\nThe Secretary-General met the Bangladeshi prime minister, Sheikh Rahima Begum, in New York.",
			[]string{"Rahima Begum | Sheikh | Bangladeshi prime minister"}},
		// offices of companies; what follows "at" after an office is
		// where it is held, not a person
		{"Talks on Trade\n\n\"We are pleased,\" said Tom Berg, VP of Marketing at Acme Cables. Jane Roe, VP of Sales at Harbor Cord Sets, added, \"The plan is good.\" The bank was represented by Mr. John Doe, Country Manager.",
			[]string{"Tom Berg |  | VP of Marketing at Acme Cables", "Jane Roe |  | VP of Sales at Harbor Cord Sets", "John Doe | Mr. | Country Manager"}},
		// capitalised words after an office and a preposition are its
		// matter, not a person
		{"Talks on Trade\n\nJane Roe, Chair of the Ad Hoc Committee on Countering Piracy, has been appointed Special Representative on the Sahel.",
			[]string{"Jane Roe |  | Chair of the Ad Hoc Committee on Countering Piracy"}},
		// a headline in title case runs the name into its verb: the name
		// ends at the surname of the person the text names, but not where
		// the words kept are not all that person's ("Pham Minh" is no
		// form of "Ho Chi Minh")
		{"Secretary Roe Applauds Grant Awards\n\nInterior Secretary Jane Roe welcomed the awards today.",
			[]string{"Jane Roe |  | Interior Secretary"}},
		{"Minister Pham Minh Chinh Visits Hanoi\n\nThe delegation visited the mausoleum of President Ho Chi Minh.",
			[]string{"Pham Minh Chinh |  | Minister", "Ho Chi Minh |  | President"}},
		// an ordinal or a capitalised function word opening the name of
		// the body or session an office is held in
		{"Talks on Trade\n\nThe declaration, approved by Mr Dennis Franco, President of the 78th Regional Assembly, was welcomed.",
			[]string{"Dennis Franco | Mr | President of the 78th Regional Assembly"}},
		{"Talks on Trade\n\n“We will build a stable relationship,” Kundan Kamat, President of the New Development Fund, said.",
			[]string{"Kundan Kamat |  | President of the New Development Fund"}},
		// an office served in, said in a relative clause or a reason
		{"Talks on Trade\n\n\"I thank Bob Fenwick for serving as Acting Administrator of the Relief Agency,\" the Secretary said.",
			[]string{"Bob Fenwick |  | Acting Administrator of the Relief Agency"}},
		{"Talks on Trade\n\nThe Cabinet mourned Jane Roe, who served as the Minister of Finance for ten years.",
			[]string{"Jane Roe |  | Minister of Finance"}},
		// an office given by an appointment named before the person
		{"Talks on Trade\n\nThe Council welcomed the appointment of General John Doe as Commander of the Eastern Force. The nomination of Jane Roe as Special Envoy for the Sahel was confirmed.",
			[]string{"John Doe |  | Commander of the Eastern Force", "Jane Roe |  | Special Envoy for the Sahel"}},
		// an office after "as" that follows the name, in a sentence or a
		// list of appointments; not one that opens another person's name,
		// nor one after a name cut from a longer run of capitals
		{"Talks on Trade\n\nThe members chose Karl Ndoye as the next Director-General of the Harbour Council.\n\n2. Jose Luis Varga as Consul General of Ruritania in Springfield",
			[]string{"Karl Ndoye |  | Director-General of the Harbour Council", "Jose Luis Varga |  | Consul General of Ruritania in Springfield"}},
		{"Talks on Trade\n\nThe motion was read by Mr. Tom Fenwick as President Ann Colby arrived. He flew to the Naval Air Station Holmvik as Chief of Staff.",
			[]string{"Tom Fenwick | Mr. | ", "Ann Colby |  | President"}},
		// a name word before "and" ends another person's office and
		// name: the office after the conjunction is the next person's own
		{"Talks on Trade\n\nHe was welcomed by former Harbour Governor and Rhodes Scholar Karl Ndoye and British Prime Minister Anna Berg today.",
			[]string{"Anna Berg |  | British Prime Minister"}},
		{"Talks on Trade\n\nSecretary of State Jose Varga chaired the talks. Secretary of State Varga and Secretary Ann Colby agreed on the plan.",
			[]string{"Jose Varga |  | Secretary of State", "Ann Colby |  | Secretary"}},
		// an office in the plural in apposition is the office of the
		// people listed next, not of the name before it
		{"Talks on Trade\n\nHome Secretary Anna Berg, the Interior Ministers of France, Germany and Spain, and others met.",
			[]string{"Anna Berg |  | Home Secretary"}},
		// further parts after the office that name the body it is held
		// in, with a function word or an acronym in brackets in them
		{"Talks on Trade\n\nThe panel included Anna Berg, President, New Harbour Workers Council, and Sir Alan Wray, Chair, Northern Bank for Rivers and Ports (NBRP).",
			[]string{"Anna Berg |  | President, New Harbour Workers Council", "Alan Wray | Sir | Chair, Northern Bank for Rivers and Ports (NBRP)"}},
		// a plural after "of" ends the body an office is held in, not
		// the office's head
		{"Talks on Trade\n\nHe met the Speaker of the Federal House of Representatives, Nora Dale, on Monday.",
			[]string{"Nora Dale |  | Speaker of the Federal House of Representatives"}},
		// a list of office holders with letters after their names: the
		// next name ends the office before it
		{"Talks on Trade\n\nThe meeting was attended by Tom Fenwick MP, Secretary of State for Trade, and Ann Colby MP, Minister for Exports; and Rhys Pugh MS, Minister for the Economy.",
			[]string{"Tom Fenwick |  | Secretary of State for Trade", "Ann Colby |  | Minister for Exports", "Rhys Pugh |  | Minister for the Economy"}},
		{"Talks on Trade\n\nThe Administrator hosted Jose Luis Varga, Mexican Secretary for Rivers and Forests and Ann Colby, Canadian Rivers Minister, on Monday.",
			[]string{"Jose Luis Varga |  | Mexican Secretary for Rivers and Forests", "Ann Colby |  | Canadian Rivers Minister"}},
		// an ordinal counting the holders of the office after the name
		{"Talks on Trade\n\nThe staff mourned Mr. Karl Ndoye, fifth elected President of the Harbour Bank. John Moor, the third Director-General of the Trade Council, died on Sunday.",
			[]string{"Karl Ndoye | Mr. | President of the Harbour Bank", "John Moor |  | third Director-General of the Trade Council"}},
		// a body named with its acronym before the office, whole
		{"Talks on Trade\n\nToday, Rural and Coastal Affairs (RCA) Secretary Alan Wray and the Department of Ports (DOP) Secretary Jane M Grant traveled to Lima.",
			[]string{"Alan Wray |  | Rural and Coastal Affairs (RCA) Secretary", "Jane M Grant |  | Department of Ports (DOP) Secretary"}},
		// a family name that is also a function word, after an office
		{"Talks on Trade\n\nThe Chancellor of the Exchequer Anna Berg and Vice Premier He Wenfang concluded the talks. Deputy Minister To Minh thanked them.",
			[]string{"Anna Berg |  | Chancellor of the Exchequer", "He Wenfang |  | Vice Premier", "To Minh |  | Deputy Minister"}},
	}, personRoles)
}

// TestOrganisationNames pins names that take lists inside them (in the
// style of Sri Lankan and Indian releases) and known bodies.
func TestOrganisationNames(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		// a body named in a part of its own after a person's office, with
		// a word the lexicons do not know in it, is still a body
		{"The panel included Anna Berg, President, New Harbour Workers Council, on Monday.",
			[]string{"New Harbour Workers Council"}},
		{"The Minister visited the Ministry of Finance, Planning, and Economic Development on Monday.",
			[]string{"Ministry of Finance, Planning, and Economic Development"}},
		{"Officials of the Ministry of Transport, Highways, Ports and Civil Aviation attended the event.",
			[]string{"Ministry of Transport, Highways, Ports and Civil Aviation"}},
		{"The Council for Economic, Industrial and Scientific Cooperation met in Stockholm.",
			[]string{"Council for Economic, Industrial and Scientific Cooperation"}},
		{"Officials of the Directorate General of Hydrocarbons and the Intelligence Bureau attended.",
			[]string{"Directorate General of Hydrocarbons", "Intelligence Bureau"}},
		{"It praised the Directorate General of Lighthouses and Lightships (DGLL) for its work.",
			[]string{"Directorate General of Lighthouses and Lightships"}},
		{"The President will work with Congress on the plan. The National Cadet Corps (NCC) and Indian Railways took part.",
			[]string{"Congress", "National Cadet Corps", "Indian Railways"}},
		{"Officials of the Directorate General of Shipping, ONGC and the Sabarmati Riverfront Development Corporation Limited met at the European Agency for Safety and Health at Work.",
			[]string{"Directorate General of Shipping", "Sabarmati Riverfront Development Corporation Limited", "European Agency for Safety and Health at Work", "ONGC"}},
		{"Officials of the Ministry of Fisheries, Animal Husbandry and Dairying met.",
			[]string{"Ministry of Fisheries, Animal Husbandry and Dairying"}},
		{"He addressed the International Institute for Democracy and Electoral Assistance (International IDEA) in Stockholm.",
			[]string{"International Institute for Democracy and Electoral Assistance"}},
		{"He met the Confederation of Swedish Enterprise and the Economic and Social Council, and an official of the National Security Council.",
			[]string{"Economic and Social Council", "Confederation of Swedish Enterprise", "National Security Council"}},
		{"Officials of the Attorney General’s Department and India’s Ministry of Finance met.",
			[]string{"Attorney General’s Department", "Ministry of Finance"}},
		// a campus named with its place after a comma, when its acronym
		// spells both; a list of bodies otherwise
		{"The University of Keldon, Silver Bay (UKSB) signed the agreement. The University of Marsh, Keldon College and the Harbor Institute attended.",
			[]string{"University of Keldon, Silver Bay", "University of Marsh", "Keldon College", "Harbor Institute"}},
		// a known body's acronym in capitals only: French "Au" is no AU
		{"The minister quoted the French text, « Au cœur de nos projets », at the summit.",
			nil},
		{"The AU and the G20 met.",
			[]string{"African Union", "Group of Twenty"}},
		// one body however a text calls it: NATO, "the NATO Alliance",
		// "the Alliance", the British spelling of its name
		{"Both countries are members of the NATO Alliance. NATO allies met, and the Alliance agreed. The North Atlantic Treaty Organisation was founded in 1949.",
			[]string{"North Atlantic Treaty Organization"}},
		// a body with and without its country before it is one body
		{"The U.S. Department of State welcomed the accords. The Department of State will host the signing.",
			[]string{"U.S. Department of State"}},
		// a known body is not the short form of its own part
		{"The United Nations Security Council met. The United Nations also sent aid.",
			[]string{"United Nations Security Council", "United Nations"}},
		// a list of bodies is not one name
		{"The Ministry of Energy, and the Ceylon Electricity Board signed the plan.",
			[]string{"Ministry of Energy", "Ceylon Electricity Board"}},
	}, orgNames)
}

// TestCountryNames pins countries, in the order found.
func TestCountryNames(t *testing.T) {
	checkParties(t, "countries", []partyCase{
		{"Ships patrolled the Gulf of Guinea with help from France.", []string{"France"}},
		{"The India-Russia working group met in Moscow.", []string{"India", "Russia"}},
		{"The Republic of Korea and Japan held talks.", []string{"South Korea", "Japan"}},
		{"The Government of Türkiye welcomed the plan.", []string{"Türkiye"}},
		{"The road carries 57,329 Passenger Car Units (PCUs) a day.", nil},
		{"The CAR and the UAE signed the accord.", []string{"Central African Republic", "United Arab Emirates"}},
		{"The Capital Adequacy Ratio (CAR) of the bank rose.", nil},
		// a demonym before "States" names a group of states
		{"The Organization of American States sent observers to Guinea Bissau.", []string{"Guinea-Bissau"}},
		// the host state of a dateline the document reader took off
		{"Talks in Vienna\n\nVienna, Austria, 24 June 2021--The Secretary General met the Minister of India.", []string{"Austria", "India"}},
		{"Talks in Vienna\n\nThe Secretary General met the Minister of India in Vienna.", []string{"India"}},
	}, func(ps Parties) (out []string) {
		for _, c := range ps.Countries {
			out = append(out, c.Name)
		}
		return out
	})
}

// TestSameNameWord pins which spellings of a name word link.
func TestSameNameWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"dissanayake", "disanayake", true},
		{"dissanayake", "disanayaka", true},
		{"zelenskyy", "zelenksyy", true},
		{"holders", "holder", true},
		{"modiji", "modi", true},
		{"lee", "li", false},        // short names differ by a letter
		{"hansen", "jansen", false}, // not the same first letter
		{"karen", "karin", false},   // a letter in five is too many
		{"roberts", "robertson", false},
	} {
		if got := sameNameWord(tc.a, tc.b); got != tc.want {
			t.Errorf("sameNameWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := sameNameWord(tc.b, tc.a); got != tc.want {
			t.Errorf("sameNameWord(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestContactLines: the press contacts of a release's contact line, in
// its header or after the text, are persons with no office (as the
// annotation scheme lists a sign-off's names); a name is cut at the
// number, address or body that follows it.
func TestContactLines(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"Fisheries Agreement Signed\n\nContact: Jane Roe, 202-555-0100\n\nMedia Contacts: John Doe, (202) 555-0199; Mary Major, mary.major@example.gov\n\nThe two agencies signed a fisheries agreement today. It sets new catch limits.",
			[]string{"Jane Roe |  | ", "John Doe |  | ", "Mary Major |  | "}},
		{"Fisheries Agreement Signed\n\nCONTACT: Jane Roe FOR IMMEDIATE RELEASE\n\nThe two agencies signed a fisheries agreement today. It sets new catch limits.",
			[]string{"Jane Roe |  | "}},
		// a line that is no contact line is read as a heading
		{"Fisheries Agreement Signed\n\nSummary: Catch Limits Agreed\n\nThe two agencies signed a fisheries agreement today. It sets new catch limits.",
			nil},
	}, personRoles)
}

// TestLegislators pins the persons of United States releases about
// legislators, each as "name | title | role | country | mentions": a
// party-and-state bracket after a name makes it a person's, even when its
// last word is an office; the plural of an honorific's abbreviation gives
// each name of its list the office in the singular; a later mention by
// office and a surname that is an office word joins the full name.
func TestLegislators(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"Talks on Trade\n\nU.S. Senator Ellen King (I-Maine) introduced the bill on Monday. Senator King said it would help rural schools.",
			[]string{"Ellen King |  | U.S. Senator | United States | U.S. Senator Ellen King; Senator King"}},
		{"Talks on Trade\n\nThe bill is cosponsored by Sens. Jane Roe (R-Maine), John Doe (D-Mont.) and Mary Ann Poe (R-W.Va.). Senator Roe said the bill was overdue.",
			[]string{"Jane Roe |  | Senator | United States | Sens. Jane Roe; Senator Roe",
				"John Doe |  | Senator | United States | John Doe",
				"Mary Ann Poe |  | Senator | United States | Mary Ann Poe"}},
		{"Talks on Trade\n\nReps. Jane Roe (D-Calif.) and John Doe (R-Texas) introduced the House version. Rep. Anna Bishop (R-Ala.) joined them.",
			[]string{"Jane Roe |  | Representative | United States | Reps. Jane Roe",
				"John Doe |  | Representative | United States | John Doe",
				"Anna Bishop | Rep. |  | United States | Rep. Anna Bishop"}},
		{"Talks on Trade\n\nU.S. Sens. Jane Roe (R-Maine) and John Doe (D-Mont.) wrote to the agency.",
			[]string{"Jane Roe |  | U.S. Senator | United States | U.S. Sens. Jane Roe",
				"John Doe |  | U.S. Senator | United States | John Doe"}},
		// the surname with the office first, the full name later: the
		// full name names the person, when one full name alone is found
		{"Talks on Trade\n\nSenator Roe met farmers in Bangor on Monday. Jane Roe said the bill would help them.",
			[]string{"Jane Roe |  | Senator |  | Senator Roe; Jane Roe"}},
		{"Talks on Trade\n\nSenator Roe met farmers on Monday. Jane Roe and Anna Roe later visited a school.",
			[]string{"Roe |  | Senator |  | Senator Roe; Jane Roe; Anna Roe"}},
		// the bracket alone, with an office in lower case after it
		{"Talks on Trade\n\nThe letter was signed by Jane Roe (D-N.Y.), chair of the Committee on Small Business, on Friday.",
			[]string{"Jane Roe |  | chair of the Committee on Small Business | United States | Jane Roe"}},
		// a bracket of something else makes no person
		{"Talks on Trade\n\nThe Rural Schools Act (H.R. 1234) passed the House on Friday. The veterans recalled Jack Norman (D-Day) and its landings.",
			nil},
		// a nominee's office after the name and her state
		{"Nominations Sent to the Senate\n\nNomination of Jane Roe, of Texas, to be Ambassador of the United States of America to the Republic of Chile. John Q. Doe, of Ohio, to be an Assistant Secretary of Commerce.",
			[]string{"Jane Roe |  | Ambassador of the United States of America to the Republic of Chile | United States | Jane Roe",
				"John Q. Doe |  | Assistant Secretary of Commerce |  | John Q. Doe"}},
		// an office in lower case in apposition, held in a body, after a
		// name with a middle initial; an office abbreviated in a headline
		{"Talks on Trade\n\n\"The licence brings our research to market,\" said Jane Q. Roe, technology transfer manager at the university.",
			[]string{"Jane Q. Roe |  | technology transfer manager at the university |  | Jane Q. Roe"}},
		{"Talks on Trade\n\nAlso taking part were:\n\nAnna Berg, associate administrator for the agency’s Office of International Relations\n\nTom Lind, U.S. ambassador to Chile\n\nThe agreement was signed on Monday.",
			[]string{"Anna Berg |  | associate administrator for the agency’s Office of International Relations |  | Anna Berg",
				"Tom Lind |  | U.S. ambassador to Chile | United States | Tom Lind"}},
		{"Talks on Trade\n\nFrench Pres. Jean Dupont met the delegation on Monday. Gov. Mary Major of Ohio joined them.",
			[]string{"Jean Dupont |  | French Pres. | France | French Pres. Jean Dupont",
				"Mary Major |  | Gov. | France | Gov. Mary Major"}},
	}, func(ps Parties) (out []string) {
		for k, line := range personRoles(ps) {
			p := ps.Persons[k]
			out = append(out, line+" | "+p.Country+" | "+strings.Join(p.Mentions, "; "))
		}
		return out
	})
}

// TestOfficeInBodyAfter pins the office in lower case read in apposition
// after a name (the name is the first two words of each text).
func TestOfficeInBodyAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		said bool
		want string
	}{
		{"Jane Roe, director of the Fisheries Service (FS), signed it.", false, "director of the Fisheries Service"},
		{"Jane Roe, technology transfer manager at the university.", true, "technology transfer manager at the university"},
		{"Jane Roe, U.S. ambassador to Chile", false, "U.S. ambassador to Chile"},
		{"Jane Roe, acting deputy assistant secretary, Department of State", false, "acting deputy assistant secretary, Department of State"},
		{"Jane Roe, deputy assistant secretary, said it.", false, ""},
		// words in lower case up to the sentence's end may be its clause
		{"Jane Roe, the director of the museum will retire.", false, ""},
		{"Jane Roe, the director of the museum will retire soon, said it.", false, ""},
		// no office's head before the preposition
		{"Jane Roe, a friend of the family, said it.", false, ""},
	} {
		if got := newPassage(tc.text, 0).officeInBodyAfter(2, tc.said); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTextHas: textHas finds a string within a passage, never across two
// (it looks in the passages joined by line breaks), and the empty string
// when there is a passage.
func TestTextHas(t *testing.T) {
	a := &analysis{segs: []*passage{{text: "The European Parliament met."}, {text: "MEPs voted."}}}
	for s, want := range map[string]bool{
		"European Parliament": true, "MEPs": true, "met.": true, "met. MEPs": false, "met.\nMEPs": false,
		"NATO": false, "": true,
	} {
		if got := a.textHas(s); got != want {
			t.Errorf("textHas(%q) = %v, want %v", s, got, want)
		}
	}
	if (&analysis{}).textHas("") {
		t.Error(`textHas("") of a document without passages is true`)
	}
}
