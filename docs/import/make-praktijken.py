# Makes docs/import/praktijken.csv: the sample site's 13 practices as a spreadsheet, and 17 made-up
# practices of a made-up city (Voorbeeldstad), as an education service would keep them.
import csv, glob, os, re, yaml
repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
site = yaml.safe_load(open(f'{repo}/content/site.yaml'))
def label(tax, key):
    for v in site['taxonomies'][tax]['values']:
        if v['key'] == key: return v['label']['nl']
    raise KeyError(key)
def level(scale, n): return site['ratings'][scale]['levels'][n-1]['label']['nl']
months = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
H = ["Bestandsnaam","Titel","Samenvatting","Organisatie","Gemeente","Regio","Land","Thema's","Doelgroepen",
     "Onderwijsniveaus","Principes","Bereik","Terugkerend","Partners","Gestart in","Contact","Links",
     "Gepubliceerd op","Tekst","Wat?","Wie?","Waarom?","Hoe werkt het?"]
rows = []
for i, f in enumerate(sorted(glob.glob(f'{repo}/content/practices/*.md'))):
    text = open(f).read()
    _, fm, body = text.split('---\n', 2)
    d = yaml.safe_load(fm)
    parts = re.split(r'^## (.+)\n', body, flags=re.M)
    intro, sections = parts[0].strip(), dict(zip(parts[1::2], [p.strip() for p in parts[2::2]]))
    pub = d['published']
    # dates and ratings written the ways people write them
    date = [pub.isoformat(), pub.strftime('%d-%m-%Y'), pub.strftime('%d/%m/%Y'), f'{pub.day} {months[pub.month-1]} {pub.year}'][i % 4]
    reach = [str(d['reach']), f"{d['reach']} op 4", level('reach', d['reach'])][i % 3]
    rec = [level('recurrence', d['recurrence']), str(d['recurrence']), f"{d['recurrence']} op 4"][i % 3]
    c = d.get('contact') or {}
    contact = ' '.join(x for x in [c.get('name', ''), f"<{c['email']}>" if c.get('email') else '', c.get('url', '')] if x)
    links = '\n'.join(f"{l['title']} {l['url']}" for l in d.get('links', []))
    rows.append([os.path.basename(f)[:-3], d['title'], d['summary'], d['organisation'], d.get('municipality', ''),
        label('regions', d['region']) if d.get('region') else '', d.get('country', ''),
        ', '.join(label('themes', k) for k in d['themes']),
        '\n'.join(label('target_groups', k) for k in d.get('target_groups', [])),
        '; '.join(label('school_levels', k) for k in d.get('school_levels', [])),
        ', '.join(label('principles', k) for k in d.get('principles', [])),
        reach, rec, '\n'.join(d.get('partners', [])), str(d.get('started', '')), contact, links, date, intro,
        sections.get('Wat?', ''), sections.get('Wie?', ''), sections.get('Waarom?', ''), sections.get('Hoe werkt het?', '')])
    if i == 6: rows.append([''] * len(H))  # an empty row, as real sheets have
V = 'Voorbeeldstad'
made_up = [
 # title, summary, organisation, themes, groups, levels, reach, recurrence, started, date, wat, wie, waarom, hoe
 ("Voorleesouders in de bibliotheek", "Ouders lezen elke woensdagmiddag voor in de bibliotheek, ook in hun eigen thuistaal.", "Bibliotheek Voorbeeldstad", "Meertaligheid, Ouderbetrokkenheid", "Ouders\nLeerlingen", "Kleuteronderwijs; Basisonderwijs", "Lokaal", "Structureel", "2021", "2025-01-15",
  "Elke woensdagmiddag lezen ouders voor aan kinderen van vier tot tien jaar, in het Nederlands en in hun eigen thuistaal.", "Een bibliothecaris en vijftien voorleesouders; de scholen in de buurt brengen de gezinnen op de hoogte.", "Kinderen die thuis een andere taal spreken, horen zo dat hun taal er mag zijn, en oefenen tegelijk hun Nederlands.", "- een vaste dag en een vast uur\n- boeken in zes talen\n- een korte opleiding voor wie voorleest"),
 ("Schoolmaaltijd voor elk kind", "Alle kinderen van vier basisscholen krijgen 's middags een warme maaltijd; wat ouders betalen, hangt af van hun inkomen.", "Stedelijke Onderwijsdienst Voorbeeldstad", "Armoede, Welzijn", "Leerlingen\nOuders", "Basisonderwijs", "Regionaal", "Structureel", "2019", "12-03-2025",
  "Een warme maaltijd op school, met een prijs die ouders kunnen dragen.", "De stad, vier basisscholen en een sociale keuken.", "Wie honger heeft, leert slecht. Een gedeelde maaltijd maakt bovendien niet zichtbaar wie minder geld heeft.", "De school vraagt geen bewijs van inkomen; een gesprek met de zorgcoördinator volstaat."),
 ("Huiswerkklas in het buurthuis", "Vrijwilligers helpen leerlingen uit het secundair onderwijs twee avonden per week met hun huiswerk.", "Buurthuis De Schakel", "Kansengelijkheid, Welzijn", "Leerlingen", "Secundair onderwijs", "Klein", "Regelmatig", "2018", "3 februari 2025",
  "Twee avonden per week een rustige plek en iemand die helpt plannen en uitleggen.", "Twaalf vrijwilligers, onder wie studenten van de lerarenopleiding.", "Niet elk kind heeft thuis een rustige plek of iemand die de leerstof kent.", "Leerlingen komen vrij binnen; wie drie keer na elkaar komt, krijgt een vaste begeleider."),
 ("Startweek voor nieuwe leerkrachten", "Wie nieuw begint in een school van de stad, krijgt een week kennismaking met de buurt, de collega's en de ondersteuning.", "Stedelijke Onderwijsdienst Voorbeeldstad", "Professionalisering, Samenwerking", "Leerkrachten", "Basisonderwijs; Secundair onderwijs", "Lokaal", "Regelmatig", "2022", "20/08/2024",
  "Een week voor het schooljaar begint: een wandeling door de buurt, een dag met een ervaren collega en een overzicht van wie helpt bij welke vraag.", "De stad en de scholengroepen samen; ervaren leerkrachten als peter of meter.", "Nieuwe leerkrachten haken sneller af in scholen met veel uitdagingen. Een goede start helpt hen blijven.", "Plan de week vóór 1 september, en spreek na drie maanden opnieuw af."),
 ("Ouderlokaal in de basisschool", "Een lokaal waar ouders elkaar ontmoeten, koffie drinken en vragen stellen aan de school.", "Basisschool De Linde", "Ouderbetrokkenheid, Diversiteit", "Ouders", "Kleuteronderwijs; Basisonderwijs", "Klein", "Structureel", "2020", "2024-11-04",
  "Elke ochtend na het belsignaal is het ouderlokaal open, met koffie en iemand van de school.", "Een brugfiguur van de school en een groep vaste ouders.", "Ouders die de school niet kennen, stappen makkelijker binnen in een informeel lokaal dan op een oudercontact.", "Begin klein: een tafel, koffie en een vaste dag. Vraag ouders zelf wat ze willen bespreken."),
 ("Taalbad voor nieuwkomers", "Nieuwkomers leren een jaar lang intensief Nederlands in een onthaalklas, en gaan daarna stap voor stap naar een gewone klas.", "Stedelijke Onderwijsdienst Voorbeeldstad", "Meertaligheid, Inclusie", "Leerlingen\nLeerkrachten", "Basisonderwijs; Secundair onderwijs", "Regionaal", "Structureel", "2016", "15-09-2024",
  "Een onthaalklas met veel taal, en vanaf het tweede trimester enkele uren per week in een gewone klas.", "Taalleerkrachten, de klasleerkrachten die de leerlingen later krijgen, en het CLB.", "Wie de taal niet spreekt, kan niet volgen. Een zachte overgang voorkomt dat leerlingen afhaken.", "- een taalscreening bij de start\n- een vaste klas om naartoe te groeien\n- overleg tussen beide leerkrachten elke maand"),
 ("Kansenpas voor schooluitstappen", "Met de kansenpas betalen gezinnen met een laag inkomen een vijfde van de prijs van schooluitstappen.", "OCMW Voorbeeldstad", "Armoede, Kansengelijkheid", "Ouders\nGemeentebesturen", "Basisonderwijs; Secundair onderwijs", "Regionaal", "Structureel", "2017", "1 oktober 2024",
  "Scholen rekenen uitstappen en schoolreizen aan tegen twintig procent van de prijs; de stad betaalt de rest.", "De stad, het OCMW en alle scholen op het grondgebied.", "Geen kind hoort thuis te blijven als de klas op uitstap gaat.", "De school ziet enkel dat de pas geldig is, niet waarom een gezin hem heeft."),
 ("Buddy's in het eerste jaar", "Leerlingen uit het vijfde jaar begeleiden een jaar lang een leerling uit het eerste jaar.", "Atheneum Voorbeeldstad", "Welzijn, Pesten", "Leerlingen", "Secundair onderwijs", "Klein", "Regelmatig", "2021", "2025-02-10",
  "Elke nieuwe leerling krijgt een buddy uit het vijfde jaar, met een gesprek per maand.", "Veertig leerlingen van het vijfde jaar en twee leerlingenbegeleiders.", "De overstap naar het secundair is groot; een oudere leerling is voor veel vragen dichterbij dan een leerkracht.", "Buddy's krijgen een halve dag vorming over luisteren en doorverwijzen."),
 ("Week tegen pesten met de hele school", "Een week lang werken alle klassen rond pesten, met een toneelstuk, klasgesprekken en afspraken die het hele jaar gelden.", "Basisschool De Linde", "Pesten, Welzijn", "Leerlingen\nLeerkrachten\nOuders", "Basisonderwijs", "Klein", "Regelmatig", "2019", "17-02-2025",
  "Een week met een toneelstuk, gesprekken per klas en een ouderavond.", "Het hele schoolteam, de leerlingenraad en een theatergroep.", "Pesten stopt pas als iedereen het ziet en weet wat te doen.", "Sluit de week af met afspraken die de leerlingen zelf schrijven, en kom er elk trimester op terug."),
 ("Netwerk van zorgcoördinatoren", "Zorgcoördinatoren van alle scholen in de stad komen vijf keer per jaar samen om casussen en werkwijzen te delen.", "Stedelijke Onderwijsdienst Voorbeeldstad", "Samenwerking, Professionalisering", "Zorgcoördinatoren\nCLB-medewerkers", "Basisonderwijs; Secundair onderwijs", "Lokaal", "Structureel", "2015", "2024-09-23",
  "Vijf bijeenkomsten per jaar, telkens rond één thema, met tijd voor intervisie.", "Zorgcoördinatoren van alle netten, het CLB en de stad.", "Wie alleen staat met moeilijke situaties, heeft baat bij collega's die hetzelfde werk doen.", "De stad zorgt voor de zaal en de uitnodiging; de inhoud kiezen de deelnemers zelf."),
 ("Inclusieve speelplaats", "Een basisschool richtte haar speelplaats opnieuw in, samen met leerlingen met en zonder beperking.", "Basisschool Het Klavertje", "Inclusie, Welzijn", "Leerlingen", "Basisonderwijs", "Klein", "Eenmalig", "2023", "5 mei 2025",
  "Een speelplaats met rustige hoeken, een rolstoeltoegankelijke zandbak en zones voor wilde en kalme spelen.", "De leerlingenraad, ouders, een ergotherapeut en de technische dienst van de stad.", "Op de speelplaats vallen kinderen met een beperking vaak uit de boot.", "Laat leerlingen eerst tekenen wat ze willen; bouw daarna in fasen."),
 ("Gendervriendelijke school", "Een secundaire school bekeek haar lessen, kleedkamers en taal met de bril van gender, en paste aan wat drempels opwierp.", "Atheneum Voorbeeldstad", "Gender, Diversiteit", "Leerlingen\nLeerkrachten\nDirecties", "Secundair onderwijs", "Klein", "Af en toe", "2022", "28-11-2024",
  "Een werkgroep van leerlingen en leerkrachten lichtte de school door en deed voorstellen.", "De werkgroep, de directie en een externe organisatie die meekeek.", "Leerlingen die zich niet in de verwachtingen herkennen, voelen zich sneller onveilig.", "Begin met luisteren naar leerlingen, en maak kleine veranderingen zichtbaar."),
 ("Leesclub voor volwassenen die Nederlands leren", "Cursisten Nederlands lezen samen eenvoudige romans en praten erover, een keer per week.", "Centrum voor Volwassenenonderwijs Voorbeeldstad", "Meertaligheid, Kansengelijkheid", "Studenten", "Volwassenenonderwijs", "Klein", "Regelmatig", "2020", "2025-01-08",
  "Elke week een hoofdstuk uit een boek in eenvoudige taal, en een gesprek erover.", "Een leerkracht Nederlands en een vrijwilliger van de bibliotheek.", "Lezen voor het plezier helpt de taal sneller vooruit dan oefeningen alleen.", "Kies boeken met korte hoofdstukken; laat cursisten om beurten een boek voorstellen."),
 ("Ouders als gastdocent", "Ouders komen in de klas vertellen over hun beroep of hun land, als deel van de lessen.", "Basisschool De Linde", "Ouderbetrokkenheid, Diversiteit", "Ouders\nLeerlingen", "Basisonderwijs", "Klein", "Regelmatig", "2018", "14/01/2025",
  "Eén keer per maand is een ouder gastdocent, voorbereid met de klasleerkracht.", "Ouders, leerkrachten en de brugfiguur van de school.", "Kinderen zien zo wat hun eigen ouders en die van hun klasgenoten kunnen.", "Spreek vooraf af wat de les moet opleveren, en bedank de ouder voor de hele klas."),
 ("Studenten als huiswerkcoach", "Studenten van de lerarenopleiding begeleiden leerlingen met huiswerk, als deel van hun stage.", "Hogeschool Voorbeeldstad", "Kansengelijkheid, Professionalisering", "Studenten\nLeerlingen", "Basisonderwijs; Hoger onderwijs", "Lokaal", "Structureel", "2019", "2024-10-01",
  "Elke student coacht drie leerlingen, twee uur per week, op school na de lessen.", "De hogeschool, vijf basisscholen en de stad.", "Leerlingen krijgen extra hulp, studenten leren lesgeven aan kinderen die het moeilijk hebben.", "Een stagebegeleider bespreekt de ervaringen elke maand met de studenten."),
 ("Spijbelpreventie met het CLB", "Bij het derde ongewettigde halve dagje afwezigheid belt de school, bij het vijfde volgt een gesprek met het CLB.", "CLB Voorbeeldstad", "Welzijn, Samenwerking", "CLB-medewerkers\nZorgcoördinatoren\nOuders", "Secundair onderwijs", "Regionaal", "Structureel", "2017", "9 september 2024",
  "Vaste stappen bij afwezigheid, afgesproken met alle secundaire scholen.", "De scholen, het CLB en de stad.", "Wie vroeg ingrijpt, voorkomt dat spijbelen een gewoonte wordt.", "- de school belt bij de derde keer\n- het CLB spreekt af bij de vijfde\n- de stad volgt de cijfers per trimester"),
 ("Gemeentelijk onderwijsoverleg", "Scholen, de stad en partners bespreken elk trimester wat de leerlingen in de stad nodig hebben.", "Stad Voorbeeldstad", "Samenwerking, Onderwijs", "Gemeentebesturen\nDirecties", "Basisonderwijs; Secundair onderwijs", "Breed", "Structureel", "2014", "2024-12-16",
  "Een overleg per trimester met alle directies, het CLB en de welzijnsdiensten.", "De schepen van onderwijs, directies van alle netten, het CLB en welzijnspartners.", "Wat scholen elk apart merken, wordt pas zichtbaar als ze het samen bekijken.", "De stad maakt het verslag en volgt afspraken op tot het volgende overleg."),
]
for i, (t, s, o, th, tg, sl, r, rc, st, dt, wat, wie, why, how) in enumerate(made_up):
    rows.append(['', t, s, o, V, '', 'BE', th, tg, sl, '', r, rc, '', st, '', '', dt, '', wat, wie, why, how])
assert sum(1 for r in rows if any(r)) == 30, len(rows)
with open(f'{repo}/docs/import/praktijken.csv', 'w', newline='', encoding='utf-8') as out:
    w = csv.writer(out, delimiter=';', lineterminator='\r\n')
    w.writerow(H)
    for r in rows: w.writerow(r)
