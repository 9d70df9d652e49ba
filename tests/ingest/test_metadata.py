import json

import pytest

from crosscheck.ingest.metadata import build_metadata, expand_acronym, find_text_cues, normalize_date


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("date 2026-04-05\n\nFlood waters rose.", "published", "2026-04-05"),
        ("Published: 5 April 2026\nFlood waters rose.", "published", "2026-04-05"),
        ("RIVERTON, April 3, 2026 (Wirepress) – At least 12 people died.", "published", "2026-04-03"),
        ("RIVERTON, April 3 (Wirepress) – At least 12 people died.", "outlet", "Wirepress"),
        ("Riverton, VNA – Rescue crews searched the valley.", "outlet", "VNA"),
        ("Crews searched the valley.\nSource: https://www.example-news.org/2026/04/flood-toll", "url", "https://www.example-news.org/2026/04/flood-toll"),
        ("Crews searched the valley.\nSource: https://www.example-news.org/2026/04/flood-toll", "outlet", "example-news.org"),
        ("Crews searched the valley.\n\nValley News Agency (VNA)", "outlet", "Valley News Agency (VNA)"),
        ("Crews searched the valley.\nWatch Riverside TV on YouTube", "outlet", "Riverside TV"),
        ("HILL TOWN, March 2, 2026 – The mayor spoke.", "published", "2026-03-02"),
        ("Updated 10:32 AM EDT, Tue March 3, 2026\nThe mayor spoke.", "published", "2026-03-03"),
        ("Published on Tuesday, 3rd March 2026\nThe mayor spoke.", "published", "2026-03-03"),
        ("By Jane Roe and Sam Okafor\nThe mayor spoke.", "author", "Jane Roe and Sam Okafor"),
        ("By Jane Roe | March 3, 2026\nThe mayor spoke.", "published", "2026-03-03"),
        ("By Jane Roe | March 3, 2026\nThe mayor spoke.", "author", "Jane Roe"),
        ("OFFICE OF THE MAYOR\nHILL TOWN, March 2, 2026 –\n\nThe mayor spoke.", "outlet", "Office of the Mayor"),
        ("date 2026-03-02\nTranslated from Spanish. First published by El Diario del Sur.\n\nThe mayor spoke.", "outlet", "El Diario del Sur"),
        ("date 2026-03-02\nHarbour Aid Network (HAN) – Bulletin no. 4\n\nThe mayor spoke.", "outlet", "Harbour Aid Network (HAN)"),
        ("Dam Breach Floods Three Villages\n\nCrews searched the valley overnight.", "title", "Dam Breach Floods Three Villages"),
        ("Death toll in valley floods rises to 27\n\nCrews searched the valley overnight.", "title", "Death toll in valley floods rises to 27"),
        ("Crews searched the valley.\nSource: https://news.example/world/2026/04/02/flood-toll", "published", "2026-04-02"),
        # datelines in other styles: credit in brackets, region after the place, no comma, em dash
        ("LONDON (Wirepress) - Rivers rose across the region.", "outlet", "Wirepress"),
        ("HILLVIEW, Ore. (KXYZ) -- A boy was hurt on Saturday.", "outlet", "KXYZ"),
        ("MARSHTON, Freedonia (AP) — Rescuers dug through the rubble.", "outlet", "AP"),
        ("(CNN)The death toll rose to 40 on Monday.", "outlet", "CNN"),
        ("Lakeside, SNA – Crews searched the shore.", "outlet", "SNA"),
        ("PORT ELLEN, Ind. (April 20, 2026) – Police are investigating.", "published", "2026-04-20"),
        ("(01/25/26) - A toddler was hurt.", "published", "2026-01-25"),
        # bylines with a credit
        ("By Jane Roe, CNN\nThe mayor spoke.", "outlet", "CNN"),
        ("By Jane Roe | The Valley Post\nThe mayor spoke.", "outlet", "The Valley Post"),
        # date lines in other styles
        ("12:52 p.m. EDT May 2, 2026\nThe mayor spoke.", "published", "2026-05-02"),
        ("Flood hits valley\nMAY 3, 2026 AT 1:10PM\nThe mayor spoke.", "published", "2026-05-03"),
        ("Published: 8/19/2026 - Updated: 12 hours ago\nThe mayor spoke.", "published", "2026-08-19"),
        ("Posted: Tuesday, March 31, 2026 5:46 PM EDT Updated: Tuesday, April 14, 2026 5:46 PM EDT\nThe mayor spoke.", "published", "2026-03-31"),
        ("Updated: 04/14/2026\nOriginally published 04/12/2026\nThe mayor spoke.", "published", "2026-04-12"),
        ("Posted on Thu Jun 11, 2026 08:45 AM PDT\nThe mayor spoke.", "published", "2026-06-11"),
        ("Wednesday, 04 March 2026 10:30\nThe mayor spoke.", "published", "2026-03-04"),
        ("Mar 4, 2026 · 3 min read\nThe mayor spoke.", "published", "2026-03-04"),
        ("2026-03-04T10:32:00Z\nThe mayor spoke.", "published", "2026-03-04"),
        ("Tue 4 Mar 2026 10.32 GMT\nThe mayor spoke.", "published", "2026-03-04"),
        ("Last Modified: Tuesday, March 3, 2026\nThe mayor spoke.", "published", "2026-03-03"),
        ("Published on the 4th of March 2026\nThe mayor spoke.", "published", "2026-03-04"),
        ("Headline here for a story\n\nLast updated at 22:46 GMT\n7 March 2026\nThe mayor spoke.", "published", "2026-03-07"),
        ("By Sam Okafor. CREATED Oct 9, 2026 - UPDATED: Oct 10, 2026\nThe mayor spoke.", "published", "2026-10-09"),
        ("The mayor spoke.\nThis article was first published on 3 March 2026.", "published", "2026-03-03"),
        # a print edition's footer with its page number
        ("The mayor spoke.\n" + "The river rose again.\n" * 9 + "The Valley Post – Monday 4 May 2026 – Page 3", "published", "2026-05-04"),
        ("The mayor spoke.\n" + "The river rose again.\n" * 9 + "Riverton Ledger | 25/05/2026 | p. 7", "published", "2026-05-25"),
        # outlet in a copyright line
        ("Crews searched the valley.\nCopyright 2026 KXYZ. All rights reserved.", "outlet", "KXYZ"),
        ("Crews searched the valley.\n(© 2026 WQRS)", "outlet", "WQRS"),
        ("Crews searched the valley.\n© 2026 The Example Times", "outlet", "The Example Times"),
        ("Crews searched the valley.\nCopyright 2026 KLMN (Hill Media Group). All rights reserved.", "outlet", "KLMN"),
        ("Crews searched the valley.\nCopyright 2026 by KSTU - All rights reserved.", "outlet", "KSTU"),
        ("Crews searched the valley.\nJoin the conversation\nFollow Valley 9 News on Twitter", "outlet", "Valley 9 News"),
        # mastheads: the outlet named on the first line, with or without a section after it
        ("THE RIVERTON CHRONICLE\nHome > Region > Riverton\nFloods kill 12\n\nCrews searched the valley.", "outlet", "The Riverton Chronicle"),
        ("VPA | Valley Press Agency\n14 October 2026 - 18:32\nCrews searched the valley.", "outlet", "Valley Press Agency"),
        ("RIVERTON VJESNIK – English edition\nWorld\nCrews searched the valley.", "outlet", "Riverton Vjesnik"),
        ("VALLEY NETWORK\nCrews searched the valley.\nFollow VN on Telegram for urgent news", "outlet", "Valley Network"),
        ("Home > Region > Riverton\nFloods kill 12 in the valley\n\nCrews searched the valley.", "title", "Floods kill 12 in the valley"),
        # the issuer of a report; the outlet speaking of itself
        ("Flash Update No. 3\nThis update is produced by Relief Office Marland in collaboration with partners.\nCrews searched the valley.", "outlet", "Relief Office Marland"),
        ("Crews searched the valley.\n“We cannot keep up,” she told The Valley Post by phone.\nThe river rose again.", "outlet", "The Valley Post"),
        ("Crews searched the valley.\nThe Riverton Ledger has confirmed that five of the victims were children.", "outlet", "The Riverton Ledger"),
        ("Crews searched the valley.\nRelated news\nMinister receives new ambassador\n© Valley News Agency 2026. All rights reserved.", "outlet", "Valley News Agency"),
        # numeric day-first dates after a place or in a bar-separated stamp, with a trailing dot
        ("PRESS RELEASE\nHill Town, 21.9.2026.\nNo. 07-11/26\n\nThe ministry informs the public.", "published", "2026-09-21"),
        ("Floods kill 12\n\nAuthor: Jo Roe | 29.09.2026. 08:15 | Comments (14)\n\nCrews searched the valley.", "published", "2026-09-29"),
        # a date line set off by a dash from the place or the writer (briefing notes, a field dispatch)
        ("BRIEFING NOTES\n\nWells run dry\nOrsk, Norland — Tuesday, 14 April 2026\n\nThe agency said.", "published", "2026-04-14"),
        ("Field diary\n\n14/04/2026 — Dr. Ana Lie, field coordinator in Orsk\n\nI write at dawn.", "published", "2026-04-14"),
        # a date that is one comma-part of a short head line (a programme transcript)
        ("RADIO ORSK — MORNING SHOW\nProgramme transcript, Tuesday 14 April 2026, 7:00–8:00 a.m.\n\nHOST: Welcome.",
         "published", "2026-04-14"),
        ("Flash Update No. 2\nAs of 16 October 2026, 14:00 (local time)\nCrews searched the valley.", "published", "2026-10-16"),
        # a letterhead: the ministry under its state, above the kind of document and the date line
        ("REPUBLIC OF MARLAND\nMINISTRY OF PUBLIC WORKS\nPress Office\n\nPRESS RELEASE\nHill Town, 21.9.2026.\n\nThe ministry informs the public.", "outlet", "Ministry of Public Works"),
        ("Valley Flood Management Agency\nGovernment of Marland\n\nSITUATION REPORT No. 4\nDate: 14 March 2026 | Time: 18:00 hrs\n\nRivers rose.", "outlet", "Valley Flood Management Agency"),
        # the text's own spelling of the name a Source: domain spells
        ("[Translated. Original article: Vecerni List, 29.09.2026.]\n\nCrews searched the valley.\nSource: https://www.vecernilist.mv/region/floods", "outlet", "Vecerni List"),
        # a number is part of the name the domain spells ("Valley News 24" for valleynews24.com)
        ("Valley News 24 Bureau | Hill Town | Updated: 16 Oct 2026\n\nCrews searched the valley.\nSource: https://www.valleynews24.com/state/floods-1187342", "outlet", "Valley News 24"),
        ("Crews searched the valley, she told CNN.\nSource: https://edition.cnn.com/2026/04/02/floods", "outlet", "CNN"),
        # a masthead in another language, with a frequency, a particle or an elision
        ("LA VOIX DU VAL 98.4 FM - English service\nListen live | News\n\nCrews searched the valley.", "outlet", "La Voix du Val 98.4 FM"),
        ("RVI - Service d'Information du Royaume\nHome > News\n\nCrews searched the valley.", "outlet", "Service d'Information du Royaume"),
        # a place in brackets opening a release is not its outlet; the Source: site names it
        ("November 19, 2026\n\n(Hillport) – Crews searched the valley, Shore Watch said today.\nSource: https://www.shorewatch.org/news/2026/11/19/floods", "outlet", "Shore Watch"),
        ("(Reuters) - Crews searched the valley.", "outlet", "Reuters"),
        ("(Wirepress) - Crews searched the valley.", "outlet", "Wirepress"),
        # a sub-domain is not the outlet's name: the registered name is, or the site itself
        ("Daily Press Briefing by the Office of the Spokesperson\n11 November 2026\n\nThe spokesperson spoke.\nSource: https://press.un.org/en/2026/db261111.doc.htm", "outlet", "press.un.org"),
        # a site's name above its navigation bar; a masthead of bar-separated parts; "Follow X on ..."
        ("Harbour Light\nHome  About us  Our work  Press  DONATE\n\nNEWS | 12.06.2026\n\nCrews searched the valley.", "outlet", "Harbour Light"),
        ("VALLEY FIRST | NATIONAL | 13/06/2026 | 11:04\n\nFLOODS: crews search the valley\n\nCrews searched the valley.", "outlet", "Valley First"),
        ("Floods hit the valley\n\nFollow Valley First on Telegram for news others won't tell you\n\nCrews searched the valley.", "outlet", "Valley First"),
        # a letterhead names the most specific issuer under the state and its ministry
        ("REPUBLIC OF MARLAND\nMINISTRY OF MARITIME AFFAIRS\nMARLAND COAST GUARD HEADQUARTERS\nPress Office\n\nHill Town, 10-06-2026\n\nThe coast guard informs the public.\n\nPress Office MCG", "outlet", "Marland Coast Guard Headquarters"),
        ("Republic of Marland\nMARLAND NATIONAL POLICE\nHILL TOWN POLICE PROVINCIAL OFFICE\nCamp Rosa, Hill Town\n\nPRESS RELEASE No. 014-2026\nDate: 12 January 2026\n\nThe police inform the public.", "outlet", "Hill Town Police Provincial Office"),
        # of stacked names, the one the text goes on to speak as: not the sub-office under it, nor its parent above or below
        ("REPUBLIC OF MARLAND\nMINISTRY OF RIVER WORKS AND FERRIES\nOffice of the Minister\nPRESS STATEMENT\nDate: 3rd May, 2026\n\n1. The Ministry of River Works and Ferries wishes to inform the public that rivers rose.", "outlet", "Ministry of River Works and Ferries"),
        # ... or names by its head noun alone ("The hospital ...")
        ("HILL TOWN INFIRMARY HOSPITAL\nOffice of the Clinical Director\n\nPATIENT BULLETIN No. 2\nIssued: 04.05.2026, 10:00\n\nThe hospital received four patients overnight.", "outlet", "Hill Town Infirmary Hospital"),
        # an embassy's letterhead above its update, repeated in the footer, beats the page's address
        ("Embassy of the Republic of Marland in Hill Town\nConsular Section\n\nTRAVEL ADVICE – VALLEY\nIssued: 13.05.2026, 10:00\n\nRivers rose.\n\nEmbassy of the Republic of Marland in Hill Town | Mill Lane 4\nSource URL: https://hilltown.marland-embassy.example/advice/valley", "outlet", "Embassy of the Republic of Marland in Hill Town"),
        # of a first line's two parts, the one the page's address or copyright line spells is the outlet
        ("VTV 7 — MORNING NEWS AT SEVEN\nTranscript | Broadcast: 12 May 2026\n\nANCHOR: Rivers rose.\n\n\u00a9 VTV 7 Broadcasting. All rights reserved.", "outlet", "VTV 7"),
        ("VTV 7 — MORNING NEWS AT SEVEN\nTranscript | Broadcast: 12 May 2026\n\nANCHOR: Rivers rose.\nSource: https://www.vtv7.example/transcripts/0512", "outlet", "VTV 7"),
        ("HILL TOWN COTTAGE HOSPITAL\nValley Care Network\nMedia Statement\nDate: 04/05/2026, 10:00\n\nHill Town Cottage Hospital can confirm that it received four patients. Valley Care Network sent staff.", "outlet", "Hill Town Cottage Hospital"),
        ("VALLEY RELIEF COORDINATION OFFICE (VRCO)\nRegional Office for the Upper Plains\nFlash Update No. 2\n9 May 2026\n\nThis update is produced by VRCO with partners. The Regional Office for the Upper Plains sent teams.", "outlet", "Valley Relief Coordination Office (VRCO)"),
        ("GOVERNMENT OF MARLAND\nDepartment of Roads and Bridges\nDirectorate of Road Safety\nPRESS NOTE\nDated: 18.05.2026\n\n1. The Department of Roads and Bridges, Government of Marland, informs the public.", "outlet", "Department of Roads and Bridges"),
        # a name before a long tagline or a row of bar-separated labels; the body after its parent in a bar-separated letterhead
        ("Radio Free Hill Town – Official channel of the Valley Farmers Front\n12.05.2026 18:10\n\nRivers rose overnight.", "outlet", "Radio Free Hill Town"),
        ("VALLEY 24 NEWS | LIVE TV | Watch Now\nFloods LIVE: rivers rise in the valley\nUpdated: May 12, 2026, 9:55 PM\n\nRivers rose.", "outlet", "Valley 24 News"),
        ("RIVER UNION | Office of the Commissioner for Flood Relief\nBriefing notes on Marland\nDate: 12 May 2026\n\nRivers rose.", "outlet", "Office of the Commissioner for Flood Relief"),
        # a civic body's long name in capitals heading an open letter, its nickname and office under it
        ("UNION OF BOATMEN AND FERRY WORKERS OF THE UPPER RIVER VALLEY\n\"River Keepers\"\nRegistered office: Mill Lane 4, Hill Town\nOPEN LETTER\nHill Town, 3 May 2026\n\nDear Minister,\nRivers rose.", "outlet", "Union of Boatmen and Ferry Workers of the Upper River Valley"),
        ("VALLEY FARMERS ASSOCIATION\nNotice to members\n4 May 2026\n\nRivers rose.", "outlet", "Valley Farmers Association"),
        # a name in capitals with its acronym, then a gloss after a dash: the name
        ("VALLEY HEALTH WATCH (VHW) - PEOPLE'S CLINICS NETWORK, HILL TOWN CHAPTER\nSITUATION REPORT No. 2\nDate of issue: 4 May 2026\n\nRivers rose.\nContact: Jo Roe, VHW Hill Town - desk@vhw.example", "outlet", "Valley Health Watch (VHW)"),
        # "produced by the ..." in an update's opening note
        ("Flash Update No. 3\nAs of 7 March 2026, 12:00 local time\n\nThis Flash Update is produced by the UN Relief Office (UNRO) in Marland with partners.\n\nRivers rose.", "outlet", "UN Relief Office (UNRO)"),
        ("Flood Update No. 2\nAs of 8 March 2026\n\nThis update is produced by the UN Office for the Relief of Flood Victims (UNORF) in Marland.\n\nRivers rose.", "outlet", "UN Office for the Relief of Flood Victims (UNORF)"),
        # a body above its seat; a name in capitals above the kind of document; a labelled motto is no name
        ("GOVERNMENT OF MARLAND\nNATIONAL FLOOD RELIEF OFFICE (NFRO)\nOffice of the Prime Minister, Hill Town\n\nSITUATION REPORT No. 2\nDate: 16/03/2026\n\nRivers rose.", "outlet", "National Flood Relief Office (NFRO)"),
        ("HILL TOWN GIRLS ACADEMY, RIVER BEND\n(A school of the Valley Mission)\nMotto: Light, Truth and Service\n\nJOINT PRESS STATEMENT ON THE FLOODING OF OUR SCHOOL\n\n8th March, 2026\n\nRivers rose.", "outlet", "Hill Town Girls Academy"),
        ("RIVER WORKERS FORUM\n(Forum of River Workers)\nRegd. Office: 14, Mill Lane, Hill Town\n\nPRESS STATEMENT\n15 October 2026\n\nRivers rose.", "outlet", "River Workers Forum"),
        ("RIVER WORKERS FORUM\n(Forum of River Workers)\nRegd. Office: 14, Mill Lane, Hill Town\n\nPRESS STATEMENT\n15 October 2026\n\nRivers rose.", "title", None),
        # a social-media page's name above its post time; a site named by its domain
        ("Marland State Government\nMarch 11 at 6:45 PM \u00b7\n\nMARLAND STATE GOVERNMENT\n\nRivers rose in the valley overnight.", "outlet", "Marland State Government"),
        ("ValleyPatriot.ng\nHome \u00bb Floods\n\nFLOODS: the truth they hide\n\nRivers rose.", "outlet", "ValleyPatriot.ng"),
        # a translated article keeps its date line in the original language
        ("Le Courrier du Val\nMardi 17 mars 2026\n\n[Translated from French]\n\nRivers rose.", "published", "2026-03-17"),
        ("Le Courrier du Val\nMardi 17 mars 2026\n\n[Translated from French]\n\nRivers rose.", "outlet", "Le Courrier du Val"),
        ("El Eco del Valle\n17 de marzo de 2026\n\nRivers rose.", "published", "2026-03-17"),
        # a mission named "in" its country in a letterhead; a closing "about" line; a staff photo credit; a contact e-mail
        ("Relief Monitoring Mission in Marland\n\nUPDATE\n\nFloods in Hill Town, 12–20 March 2026\n\nHill Town, 21 March 2026\n\nRivers rose.\nSource: https://marland.example.org/update", "outlet", "Relief Monitoring Mission in Marland"),
        ("EMERGENCY APPEAL\nMarland | Floods\n\nRivers rose.\n\nThe Valley Relief Federation (VRF) is the region's largest humanitarian network.", "outlet", "The Valley Relief Federation (VRF)"),
        ("Floods hit the valley\n\nRivers rose.\n\nPhotograph: Jo Roe/The Valley Ledger", "outlet", "The Valley Ledger"),
        ("Joint statement on the floods\n\n11 June 2026\n\nRivers rose.\n\nFor media enquiries:\nVRA, Jo Roe, roe@vra.org", "outlet", "VRA"),
        # a name in capitals and its acronym; a name in capitals and its motto; a translation's original
        ("NATIONAL RELIEF INSTITUTE – NARI\nRepublic of Marland\n\nCOMMUNIQUÉ No. 4\n\nHill Town, 15 November 2026\n\nRivers rose.", "outlet", "National Relief Institute (NARI)"),
        ("EL VIGILANTE — Marland's Voice of Order\nHOME | NATION\n\nFLOODS!\n\nRivers rose.", "outlet", "El Vigilante"),
        ("[Automatic translation from French – original article: Le Courrier du Val]\n\nRivers rose in the valley.", "outlet", "Le Courrier du Val"),
        # a live page's name above its time stamp; an image caption crediting the paper
        ("LIVE: Rivers rise in the valley\n\nThe Valley Post\nMon 16 Nov 2026 14:22\n\nRivers rose.", "outlet", "The Valley Post"),
        ("Rivers rise\n\n[Image: A flooded street in Hill Town. The Valley Record]\n\nRivers rose.", "outlet", "The Valley Record"),
        # a public statement under a letterhead in capitals; a general staff under its ministry
        ("OMBUDSMAN OF MARLAND\nNational Human Rights Institution – Office\n\nPUBLIC STATEMENT\n\nThe State must act\n\nHill Town, 17 November 2026\n\nRivers rose.", "outlet", "Ombudsman of Marland"),
        ("REPUBLIC OF MARLAND\nMINISTRY OF DEFENCE\nGENERAL STAFF OF THE ARMED FORCES\n\nCOMMUNIQUÉ No. 41\n\nHill Town, 13 March 2026\n\nRivers rose.", "outlet", "General Staff of the Armed Forces"),
        # a date line in Spanish after an English weekday
        ("El Eco del Valle\nFriday, 12 de septiembre de 2025\n\nRivers rose.", "published", "2025-09-12"),
        # a date of issue at the end of a long metadata block
        ("EMERGENCY APPEAL\nMarland | Floods\n\nAppeal no: MD004\nGlide no: FL-2026-41\nTo be assisted: 6,000 people\nFunding: CHF 4.2 million\nDREF: CHF 75,000\nAllocated: CHF 50,000\nOperation timeframe: 14/03/2026 to 31/03/2027\nDate of issue: 19/03/2026\n\nRivers rose.", "published", "2026-03-19"),
        # a joint dateline of two cities
        ("Statement on the floods\n\nGENEVA/HILL TOWN, 10 March 2026 \u2013\n\nRivers rose.", "published", "2026-03-10"),
        # the headline under navigation, section labels, a site's tagline, a letterhead and its address
        ("The Valley Courier\nWorld › Region › Floods\n\n'They tied a rope': survivors tell their story\n\nCrews searched the valley.", "title", "'They tied a rope': survivors tell their story"),
        ("VALLEY FREE VOICE\nIndependent news for the valley at home and abroad\n\nEXCLUSIVE | Floods\n\nOfficials hide the true flood toll, volunteers say\n\nMonday, March 9, 2026\n\nCrews searched the valley.", "title", "Officials hide the true flood toll, volunteers say"),
        ("Republic of Marland\nMARLAND NATIONAL POLICE\nHill Town Police Office 9\nCamp Rosa, Hill Town City\n\nPRESS RELEASE No. 014-2026\nDate: 12 January 2026\n\nUpdate on the Bridge Collapse and Arrest of Two Engineers\n\nThe police inform the public.", "title", "Update on the Bridge Collapse and Arrest of Two Engineers"),
        ("Press Release No. 214/2026\n\nSubject: \"Search and rescue operation south of Hill Town\"\n\nThe coast guard informs the public.", "title", "Search and rescue operation south of Hill Town"),
        ("Floods kill 12 in the valley\n\nBy Jo Roe\nUpdated 1:52 PM GMT+3, June 11, 2026\n\nShare\n\nCrews searched the valley.", "title", "Floods kill 12 in the valley"),
        ("Image caption: Mourners carry a coffin through Hill Town on Tuesday\n\nCrews searched the valley.", "title", None),
        ("[Translated from French. Original: \"Crue meurtri\u00e8re dans la vall\u00e9e\"]\n\nL'\u00c9cho du Val\nMONDE > EUROPE\n\nDeadly flood in the valley: twelve dead, two missing\n\nPublished on 14/03/2026 at 09:12\n\nCrews searched the valley.", "title", "Deadly flood in the valley: twelve dead, two missing"),
        # a capitalised headline above a date line names no issuer
        ("Ministry Denies Reports Of Shelling\nMarch 3, 2026\n\nThe ministry spoke.", "outlet", None),
        # a headline run together with its stamp; a video caption's stamp
        ("Boy hurt in shooting at apartment complex on the east side of town Posted: Friday, July 10, 2026 1:16 PM EDT Updated: Monday, July 13, 2026 7:00 PM EDT\n\nA boy was hurt.", "published", "2026-07-10"),
        ("Boy hurt\n\nA boy was hurt in the east side of town on Thursday evening, police say, and the mayor has called for calm. Jo Roe reports. (Published Thursday, May 21, 2026)", "published", "2026-05-21"),
        # a channel's closing prompt to watch it live
        ("Toll rises to 11 LIVE\n\nCrews searched the valley.\n\nWatch Valley24 LIVE TV here\nTags: Valley, Floods", "outlet", "Valley24"),
        # a social thread: the account's name above its handle; the button labels are no outlet
        ("Valley Fire Service\n@ValleyFire\n\nUpdate 1: Crews searched the valley.\n7:10 AM \u00b7 Mar 9, 2026 \u00b7 48.2K Views\n\nShow replies\n\nTranslate post\n1.2K Reposts  312 Quotes  9.8K Likes", "outlet", "Valley Fire Service"),
        # a state agency's credit between slashes in its dateline
        ("HillInform\n14.10.2026, 19:52\n\nRescue goes on\n\nHILL TOWN, 14 October. /HillInform/ \u2013 Crews searched the valley.", "outlet", "HillInform"),
        # an undated release: the issuer above or under the kind of document, not the signatory
        ("VALLEY STATE GOVERNMENT\nGOVERNMENT HOUSE, HILL TOWN\n\nPRESS RELEASE\n\nGOVERNOR ORDERS CURFEW AFTER 24 DIE\n\nThe governor spoke.\n\nSigned:\nJo Roe\nChief Press Secretary to the Governor", "outlet", "Valley State Government"),
        ("PRESS STATEMENT\n\nVALLEY FARMERS UNION (VFU)\nNational Secretariat, Hill Town\n\nSTOP THE KILLINGS NOW\n\nThe union spoke.", "outlet", "Valley Farmers Union (VFU)"),
        ("PRESS STATEMENT\n\nSTOP THE KILLINGS NOW\n\nThe union spoke.", "outlet", None),
        # the day a statement names as its own
        ("PRESS STATEMENT\n\nGentlemen of the press,\n\nWe have called you here today, Friday 8th May, 2026, to speak of the killings.", "published", "2026-05-08"),
        # a section line is no masthead
        ("News\nFloods kill 12 in the valley\nMay 6, 2026 6:14 am\n\nCrews searched the valley.", "outlet", None),
        # the publicity unit under the office that issues the note
        ("GOVERNMENT OF VALLEY STATE\nOFFICE OF THE GOVERNOR\nDirectorate of Information and Public Relations\n\nPress Note No. 41                Date: 11.09.2026\n\nThe governor visited the site.", "outlet", "Office of the Governor"),
        # an acronym the text spells out; a company named in its closing "about" line
        ("Statement\n\n12 September 2026\n\nThe Valley Federation of Textile Workers (VFTW) today condemned the collapse.\n\nSource: https://www.vftw.org/news/2026/09/collapse", "outlet", "Valley Federation of Textile Workers (VFTW)"),
        # an agency's acronym in the dateline, its name in the byline; a site's name given with its acronym
        ("Floods kill 12\n\nBy Jo Roe and Sam Poe | Valley News Agency\nMarch 12, 2026 4:17 PM\n\nHILL TOWN, Marland, March 12 (VNA) - At least 12 people died.", "outlet", "Valley News Agency (VNA)"),
        ("Red Cross scales up support\nPress release | 13 March 2026 | Hill Town\n\nThe Valley Red Cross Society (VRCS) continues to help families.\n\nSource: https://www.valleyredcross.example/press/support", "outlet", "The Valley Red Cross Society"),
        ("Regulatory Announcement\n13 October 2026 18:30\n\nHill Coal JSC\n(\"Hill Coal\", \"HillCo\" or the \"Company\")\n\nAn incident occurred at the mine.\n\nContacts\npress@hillco.example\n\nAbout Hill Coal\nHill Coal JSC is a leading producer of coal in the valley.", "outlet", "Hill Coal JSC"),
        # a body in capitals with its acronym is a letterhead, not a dateline's place and agency
        ("UNION OF HILL FARMERS OF MARLAND (UHFM)\nCircular No. 3 — Monday, 4 May 2026\n\nOur members lost their crops.", "outlet", "Union of Hill Farmers of Marland (UHFM)"),
        # the state and a motto above a ministry, a reference number after the kind of document
        ("REPUBLIC OF MARLAND\nPeace – Bread – Work\n\nMINISTRY OF RIVER WORKS\nPublic Relations Unit\n\nPRESS RELEASE No. 0212/MRW/2026\n\nThe Ministry of River Works informs the public that rivers rose.", "outlet", "Ministry of River Works"),
        # a page's name and time stamp above a letterhead: the letterhead starts under the stamp
        ("Hill State Government\nMay 4 at 9:15 AM ·\n\nHILL STATE GOVERNMENT\nMINISTRY OF WATER RESOURCES\n\nPRESS RELEASE\n\nThe Hill State Government informs the public that rivers rose.", "outlet", "Hill State Government"),
        # a body and its seat after a dash
        ("OFFICE OF THE STATE PATHOLOGIST - EASTERN REGION\nRepublic of Marland\n\nMONTHLY REPORT ON DEATHS\nIssued: Friday 8 May 2026\n\nNine deaths were reported.", "outlet", "Office of the State Pathologist"),
        # a town's office takes the town's name
        ("CITY OF HILL TOWN\nOFFICE OF PUBLIC SAFETY (OPS)\n\nDAILY MEDIA BRIEFING No. 2\nTuesday, 5 May 2026, 09:00\n\nThe chief spoke.", "outlet", "City of Hill Town Office of Public Safety (OPS)"),
        # a channel's name behind an emoji, above its handle and its details
        ("\U0001F4E2 Valley Parents Network\n@valley_parents · channel · 9,120 subscribers\nExport of channel posts, 4–5 May 2026\n\n4 May 2026, 10:02\nNine pupils fell ill.", "outlet", "Valley Parents Network"),
        # an account's name before "official account"
        ("Hill County Fire District (HCFD) — official account\nCollected posts, May 4-5, 2026.\n\n@HillFire · May 4, 2026, 1:10 AM\nCrews are on scene.", "outlet", "Hill County Fire District"),
    ],
)
def test_metadata_text_cues(text, field, value):
    found, _ = find_text_cues(text)
    assert found.get(field) == value


@pytest.mark.parametrize(
    "text",
    [
        "Crews searched the valley. The mayor said the news agency would report later.",
        "At least 12 people died when the river burst its banks on Tuesday.",
        "UPDATE: At least 12 people died.",
        "By nightfall, 12 people had died, the mayor said on March 3, 2026.",
        "By Tuesday, 12 people had died, the mayor said.",
        "By March 2026 the river had risen, the mayor said.",
        "The minister, speaking in Hill Town – where the river rose – said 12 people had died.",
        "Crews searched the valley.\nFollow us on Facebook",
        "Crews searched the valley.\nWith news wire services",
        "Crews searched the valley.\nContributing: Valley Press",
        "Posted 1 year, 160 days ago [downloaded on 2 October 2026]\nCrews searched the valley.",
        "2 hours ago\nCrews searched the valley.",
        "Last updated 14 minutes ago\nCrews searched the valley.",
        "March 4, 2026 was the day the river rose above the old bridge, officials said.",
        "CHICAGO -- A boy was hurt.",
        "HARRIS COUNTY, Texas – A boy was hurt.",
        "(CAMPBELLTON) - A boy was hurt.",
        "Update (May 11, 2026) -- The mother was charged.",
        "FLOODS HIT THE VALLEY\nCrews searched the valley.",
        "TIGERS BEAT LIONS 20 - 13 IN OVERTIME\nCrews searched the valley.",
        "Breaking News\nCrews searched the valley.",
        "LATEST NEWS | World\nCrews searched the valley.",
        "Crews searched the valley.\n“We cannot keep up,” she told reporters by phone.",
        "Crews searched the valley.\nPhotograph: Jo Roe/AFP",
        "Crews searched the valley.\nPhoto: Jo Roe/Getty Images",
        "Crews searched the valley.\nJo Roe is a reporter covering the valley.",
        "Crews searched the valley.\nTips? Write to valleytips@gmail.com",
        "Crews searched the valley.\nAnyone with information is asked to email tips@hilltownpolice.org",
        "Crews searched the valley.\nJo Roe's The River Road is a novel about the valley.",
        "Valley trade gap hits record in 2026\n\nCrews searched the valley.",
    ],
)
def test_metadata_no_false_cues(text):
    found, _ = find_text_cues(text)
    assert not found.get("outlet") and not found.get("published") and not found.get("url")


def test_metadata_cascade_order_and_published_from(tmp_path):
    f = tmp_path / "report.txt"
    text = "date 2026-04-05\nCrews searched the valley.\nSource: https://www.valley.example/a"
    f.write_text(text)
    m = build_metadata(text, f, {}, {})
    assert m.values["published"] == "2026-04-05" and m.published_from == "text"
    (tmp_path / "report.meta.json").write_text(json.dumps({"published": "2026-04-04", "outlet": "Valley Post"}))
    m = build_metadata(text, f, {}, {})
    assert m.values["published"] == "2026-04-04" and m.published_from == "metadata"
    assert m.values["outlet"] == "Valley Post" and m.values["url"] == "https://www.valley.example/a"
    m = build_metadata(text, f, {}, {"published": "2026-04-06"})
    assert m.values["published"] == "2026-04-06" and m.published_from == "user"


def test_metadata_sidecar_with_full_name(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("Crews searched the valley.")
    (tmp_path / "report.txt.meta.json").write_text(json.dumps({"date_publish": "2026-04-02 10:00:00", "source_domain": "valley.example"}))
    m = build_metadata(f.read_text(), f, {}, {})
    assert m.values == {"published": "2026-04-02", "outlet": "valley.example"}


@pytest.mark.parametrize("value, iso", [("2026-04-05", "2026-04-05"), ("April 5, 2026", "2026-04-05"), ("5 April 2026", "2026-04-05"), ("2026-02-30", None), ("soon", None)])
def test_metadata_normalize_date(value, iso):
    assert normalize_date(value) == iso


@pytest.mark.parametrize(
    "text, iso",
    [
        # unambiguous: one part is above 12
        ("Published: 25/03/2026\nThe mayor spoke.", "2026-03-25"),
        ("Published: 03/25/2026\nThe mayor spoke.", "2026-03-25"),
        # the weekday printed with it decides (4 March 2026 is a Wednesday, 3 April a Friday)
        ("Published: Wednesday 04/03/2026\nThe mayor spoke.", "2026-03-04"),
        ("Published: Friday 04/03/2026\nThe mayor spoke.", "2026-04-03"),
        # the text writes dates day-first / month-first
        ("Published: 04/03/2026\nThe floods began on 1 March and the count was made on 2 March.", "2026-03-04"),
        ("Published: 04/03/2026\nThe floods began on March 1 and the count was made on March 2.", "2026-04-03"),
        # a page is not dated before the latest date it reports
        ("Published: 04/03/2026\nThe floods began on 29 March 2026 and 40 died.", "2026-04-03"),
        # time zones
        ("Published: 04/03/2026 10:00 GMT\nThe mayor spoke.", "2026-03-04"),
        ("Published: 04/03/2026 10:00 EDT\nThe mayor spoke.", "2026-04-03"),
        # dotted dates are day-first; two-digit years
        ("Published: 04.03.2026\nThe mayor spoke.", "2026-03-04"),
        ("Posted 11/30/26 05:40 PM ET\nThe mayor spoke.", "2026-11-30"),
        # a 24-hour clock past noon on the date's line: the day-first world
        ("Published on 09/11/2026 - 16:52 Modified on 09/11/2026 - 18:20\nThe mayor spoke on Monday.", "2026-11-09"),
        ("Published: 09/11/2026 4:52 PM\nThe mayor spoke.", "2026-09-11"),
        ("Hill Town, 10-06-2026\n\nAt 01:40 the vessel capsized.", "2026-06-10"),
    ],
)
def test_metadata_numeric_date_order(text, iso):
    found, _ = find_text_cues(text)
    assert found.get("published") == iso


@pytest.mark.parametrize("text, dateline", [
    ("BRIDGETON, MAR 6 - The council said it would rebuild the bridge.", "BRIDGETON, MAR 6 - "),
    ("BRIDGETON, Md. March 6 - The council said it would rebuild the bridge.", "BRIDGETON, Md. March 6 - "),
    ("THE NARROWS, March 6 - The council said it would rebuild the bridge.", "THE NARROWS, March 6 - "),
    ("KYIV, Ukraine (AP) — The council said it would rebuild the bridge.", "KYIV, Ukraine (AP) — "),
    ("CHICAGO -- The council said it would rebuild the bridge.", "CHICAGO -- "),
    ("(Wirepress) - The council said it would rebuild the bridge.", "(Wirepress) - "),
])
def test_metadata_dateline_ends_its_line(text, dateline):
    m = build_metadata(text, None, {}, {})
    assert m.line_breaks == {0: len(dateline)}


@pytest.mark.parametrize(
    "text, url",
    [
        ("Crews searched the valley.\n\nSource URL: https://www.valleypost.example/news/2026/04/floods", "https://www.valleypost.example/news/2026/04/floods"),
        ("Crews searched the valley.\n\nOriginal URL: https://hillwire.example/a/floods", "https://hillwire.example/a/floods"),
        ("Crews searched the valley.\n\nRead the original at https://hillwire.example/a/floods", "https://hillwire.example/a/floods"),
        # after the outlet's name or a copyright on the same line
        ("Crews searched the valley.\n\nThe Valley Post · Source URL: https://valleypost.example/longread/floods", "https://valleypost.example/longread/floods"),
        ("Crews searched the valley.\n\n(c) Valley Media Ltd. Source URL: https://valleypost.example/live/floods", "https://valleypost.example/live/floods"),
        # a closing line that is only the page's address, with or without a scheme; after a share bar
        ("Crews searched the valley.\n\nContact: press@valleyrights.example\n\nhttps://www.valleyrights.example/reports/floods", "https://www.valleyrights.example/reports/floods"),
        ("Crews searched the valley.\n\nvalleypost.example/live/2026-04-02-floods", "valleypost.example/live/2026-04-02-floods"),
        ("Crews searched the valley.\n\nwww.valleyrelief.example", "www.valleyrelief.example"),
        ("Crews searched the valley.\n\nShare: Facebook · X | valleybanner.example/opinion/floods", "valleybanner.example/opinion/floods"),
    ],
)
def test_metadata_footer_url(text, url):
    found, _ = find_text_cues(text)
    assert found.get("url") == url


@pytest.mark.parametrize(
    "text",
    [
        "Crews searched the valley.\n\nDonations can be made at www.valleyrelief.example/donate until the end of the month.",
        "Crews searched the valley.\n\nFollow us: www.valleyrelief.example",
        "Crews searched the valley.\n\nContact: press@valleyrelief.example",
    ],
)
def test_metadata_no_footer_url(text):
    found, _ = find_text_cues(text)
    assert not found.get("url")


def test_metadata_footer_url_names_outlet_as_written_in_text():
    # the site's name in capitals in the masthead, in plain case beside the address
    text = "THE VALLEY REVIEW | Long Read\n\nCrews searched the valley.\n\nThe Valley Review · Source URL: https://valleyreview.example/longread/floods"
    found, _ = find_text_cues(text)
    assert found.get("url") == "https://valleyreview.example/longread/floods"
    assert found.get("outlet") == "The Valley Review"


@pytest.mark.parametrize("text, outlet", [
    # a relief agency's numbered update under its letterhead; a transcript closed by its publisher
    ("NATIONAL RELIEF AND RESCUE AUTHORITY (NRRA)\nRepublic of Norland\n\nSITUATION UPDATE No. 2\n"
     "Floods in Kell Province\nStatus as of 18:00 local time, Friday 16 October 2026\n\n1. OVERVIEW\n- Rain fell.",
     "National Relief and Rescue Authority (NRRA)"),
    ("KELL PROVINCIAL GOVERNMENT\nOffice of the Governor - Press Service\n\nTRANSCRIPT\n\nThe governor spoke.\n\n"
     "Published by the Press Service of the Governor of Kell, 17.10.2026", "Press Service of the Governor of Kell"),
    ("Floods hit Kell\n\nA report published by the Red Cross said 12 died.\n\nRain fell.", None),
    ("VALLEY TRADE WEEKLY\nNews for hoteliers\n\nAirport shut for a week\n\nFlights resumed on Monday.\n\n"
     "Valley Trade Weekly (VTW) is published by Orsk Media. Source: https://www.valleytradeweekly.example/airport",
     "Valley Trade Weekly"),
])
def test_metadata_issuer_of_updates_and_transcripts(text, outlet):
    from crosscheck.ingest.metadata import build_metadata
    assert build_metadata(text, None, {}, {}).values.get("outlet") == outlet


@pytest.mark.parametrize(
    "url, published",
    [
        ("https://harbourwire.example/world/storm-toll-rises-2027-02-03/", "2027-02-03"),   # date at the end of the slug
        ("https://harbourwire.example/world/storm-toll-rises_2027-02-03.html", "2027-02-03"),
        ("https://harbourwire.example/2027/02/03/storm-toll-rises/", "2027-02-03"),          # date as folders
        ("https://harbourwire.example/world/storm-toll-rises-2027-02/", None),               # a month is not a day
        ("https://harbourwire.example/world/storm-toll-rises-20270203/", None),
    ],
)
def test_metadata_published_from_a_date_in_the_page_address(url, published):
    # a wire dateline without a year ("Feb 3") gives no date; the address does
    text = f"Storm toll rises to 12\n\nPORT ELLIS, Feb 3 (Harbour Wire) - Twelve people died.\n\nSource: {url}"
    found, _ = find_text_cues(text)
    assert found.get("url") == url
    assert found.get("published") == published
@pytest.mark.parametrize("text, site, name", [
    # the first part of a hyphenated site name, in the spelling of the running text, not the masthead's capitals
    ("ARGUS · DATA JOURNALISM\n\nArgus counted the boats.", "argus-data.example", "Argus"),
    # the first part as the initials of a name the text spells out
    ("TRIBUNAL PRESS OFFICE\n\nContact: Press Office, Regional Tribunal for Land Claims", "rtlc-vell.example",
     "Regional Tribunal for Land Claims"),
    ("Twelve people died in Vell.", "rtlc-vell.example", None),   # no name: none guessed
    ("CNN reported the storm.", "edition.cnn.com", "CNN"),       # a name only in capitals stays so
])
def test_metadata_outlet_name_for_a_hyphenated_site(text, site, name):
    from crosscheck.ingest.metadata import name_for_site

    assert name_for_site(text, site) == name


def test_metadata_blog_masthead_with_its_kind_and_address_under_it():
    text = ("IRON LEDGER - an independent weekly on mining safety\nhttps://ironledger.example/2027/03/02/shaft-nine/\n\n"
            "Shaft nine: what the inspectors missed\n\nThree miners died in shaft nine last month.")
    found, _ = find_text_cues(text)
    assert found.get("outlet") == "Iron Ledger"
    assert found.get("url") == "https://ironledger.example/2027/03/02/shaft-nine/"
    assert found.get("published") == "2027-03-02"
    # a headline in capitals before a dash is no outlet when the tagline names no kind of outlet
    found, _ = find_text_cues("RIVER RISES AGAIN - a long night in the lower town\n\nWater reached the square.")
    assert found.get("outlet") != "River Rises Again"


def test_metadata_translation_service_gives_the_original_papers_name():
    text = ("NORTHERN PRESS DIGEST - the regional press in translation\nOriginal: \"Glas Doline\" (Vorsk), 03.04.2027, p. 2\n"
            "Translated from Vorskian by NPD staff.\n\nTHE VALLEY VOICE\n\nFloodwater reached the market.")
    found, _ = find_text_cues(text)
    assert found.get("outlet") == "Glas Doline"
    # an "Original:" line that is not about a translation says nothing about the outlet
    found, _ = find_text_cues("THE VALLEY POST\nOriginal: Hana Berg\n\nFloodwater reached the market.")
    assert found.get("outlet") == "The Valley Post"


def test_metadata_first_line_body_and_its_press_office():
    # "X — PRESS OFFICE": the office is a unit any body has; the outlet is the body before the dash
    text = ("HARBOUR CITY POLICE — PRESS OFFICE\nBriefing notes: the ferry pier fire\nDate: Monday, 3 May 2027, 10:00\n\n"
            "MORVAN: Good morning. Two people were hurt.")
    found, _ = find_text_cues(text)
    assert found.get("outlet") == "Harbour City Police"


def test_metadata_letterhead_club_above_its_native_name():
    # a club in capitals on the first line, its name in the home language under it: the first line
    text = ("NORTHERN MOTORISTS CLUB\nSeverni Moto Savez (SMS) — Traffic Research Desk\nRESEARCH NOTE | 2027/4\n"
            "Published: 05.06.2027\n\nCRASHES ROSE IN MAY\n\nForty drivers died in May.")
    found, _ = find_text_cues(text)
    assert found.get("outlet") == "Northern Motorists Club"


def test_metadata_acronym_after_the_is_spelled_out():
    text = "The Valley Federation of Textile Workers (VFTW) today condemned the collapse. The VFTW calls for a march."
    assert expand_acronym(text, "The VFTW") == "Valley Federation of Textile Workers (VFTW)"
    assert expand_acronym("The VFTW calls for a march.", "The VFTW") == "The VFTW"
