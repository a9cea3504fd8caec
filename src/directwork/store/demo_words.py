"""Words for the demo caseload: fictional names, places and things children and carers say.

Every place is marked "(fictional)" and the service is the "Demo Youth Justice Service", so no
one mistakes a demo record for a real child. Names mix English, Welsh and other origins, as a
caseload in England and Wales does.
"""

from __future__ import annotations

DEMO_TEAM = "Demo Youth Justice Service"
DEMO_LEGAL_NOTE = "(demo record: fictional child)"

GIVEN_NAMES = (
    ("Dafydd", "he/him"), ("Siân", "she/her"), ("Gwenllian", "she/her"), ("Amira", "she/her"),
    ("Tomasz", "he/him"), ("Rhys", "he/him"), ("Cerys", "she/her"), ("Osian", "he/him"),
    ("Ffion", "she/her"), ("Kai", "they/them"), ("Leah", "she/her"), ("Mason", "he/him"),
    ("Jayden", "he/him"), ("Priya", "she/her"), ("Yusuf", "he/him"), ("Zofia", "she/her"),
    ("Kacper", "he/him"), ("Aaliyah", "she/her"), ("Tyler", "he/him"), ("Megan", "she/her"),
    ("Iolo", "he/him"), ("Nia", "she/her"), ("Elis", "he/him"), ("Deion", "he/him"),
    ("Kofi", "he/him"), ("Hamza", "he/him"), ("Bethan", "she/her"), ("Lowri", "she/her"),
    ("Aled", "he/him"), ("Tegan", "she/her"), ("Callum", "he/him"), ("Maisie", "she/her"),
    ("Reuben", "he/him"), ("Ayesha", "she/her"), ("Olumide", "he/him"), ("Alex", "they/them"),
    ("Mihai", "he/him"), ("Fatima", "she/her"), ("Carys", "she/her"), ("Jordan", "he/him"),
)
PREFERRED = {"Dafydd": "Daf", "Gwenllian": "Gwen", "Tomasz": "Tomek", "Olumide": "Olu",
             "Jayden": "Jay", "Aaliyah": "Ali", "Kacper": "Kacz", "Callum": "Cal"}
FAMILY_NAMES = (
    "Pritchard", "Haddad", "Nowak", "ap Gwilym", "Okafor", "Rees-Bowen", "Khan", "Llewelyn",
    "Kowalski", "Mensah", "Thomas", "Ahmed", "Popescu", "Wynne", "Bennett", "Osei", "Price",
    "Begum", "Morgan-Hughes", "Lewandowski", "Sheikh", "Vaughan", "Adeyemi", "Parry",
)
ESTATES = (
    "Brynhyfryd estate (fictional)", "Maesglas flats (fictional)", "Cwm Teg village (fictional)",
    "Oakfield Road (fictional)", "Harbourside (fictional)", "Heol y Felin (fictional)",
)
SCHOOLS = (
    "Ysgol Uwchradd Brynhyfryd (fictional)", "Oakfield Academy (fictional)",
    "Cwm Teg Pupil Referral Unit (fictional)", "Harbourside College (fictional)",
)
EDUCATION = (
    "Year 9, full timetable", "Year 10, part-time timetable", "Year 11, at the pupil referral unit",
    "Not in school: waiting for a new place", "College, construction course", "Year 8, on report",
)
LEGAL_STATUSES = (
    "Referral order", "Youth rehabilitation order", "Out-of-court disposal (Turnaround)",
    "Youth rehabilitation order; looked after (s.20)", "Referral order; child in need",
    "Released on licence after a detention and training order",
)
COMMUNICATION = (
    ("Speech and language needs: short sentences, one question at a time.", "Walking while we talk"),
    ("Dyslexia: reads slowly; prefers pictures.", "Drawing while we talk"),
    ("ADHD: short sessions, movement breaks.", "Meeting outside, a kickabout first"),
    ("", "Knowing what we will talk about before I arrive"),
    ("Autistic: needs plans in advance; no surprises.", "The same room and the same time each week"),
    ("English is a second language at home; Polish with Mum.", "Time to answer"),
)
ABOUT_ME = (
    "I like football and fixing bikes. I want to be a mechanic.",
    "I'm good at drawing. I look after my little brother a lot.",
    "I like music and making beats on my phone.",
    "I go boxing on Tuesdays. My coach is alright.",
    "I like cooking with my nan. I'm funny, people say.",
    "Dw i'n hoffi chwarae pêl-droed gyda fy ffrindiau.",
)
WELSH_HOUSES = {"worries": "Tŷ Gofidiau", "good_things": "Tŷ Pethau Da",
                "dreams": "Tŷ Breuddwydion"}
ENGLISH_HOUSES = {"worries": "Worry house", "good_things": "Good house", "dreams": "Dream house"}

# (what the child calls them, relationship, whether a woman's or a man's name suits)
CARERS = (
    ("Mum", "mother", "f"), ("Dad", "father", "m"), ("Nan", "grandmother", "f"),
    ("Taid", "grandfather", "m"), ("Auntie", "aunt", "f"), ("Foster carer", "foster carer", "any"),
)
CARER_NAMES = {
    "f": ("Karen", "Rhian", "Agnieszka", "Samira", "Eleri", "Joy", "Nasreen", "Dawn", "Bronwen"),
    "m": ("Gareth", "Tony", "Bogdan", "Emyr", "Kwame", "Imran", "Steve"),
}
FRIENDS = ("Ellis (friend from boxing)", "Maya (best friend)", "Lewis (cousin)",
           "Ioan (friend from school)")
PROFESSIONALS = (
    ("Jo Ellis", "social worker", "Children's Services (fictional)"),
    ("Mr Rowlands", "head of year", "Oakfield Academy (fictional)"),
    ("Dr Patel", "CAMHS nurse", "CAMHS (fictional)"),
    ("Bev Lloyd", "youth worker", "Brynhyfryd Youth Club (fictional)"),
    ("PC Anwen Rhys", "police liaison", "Police (fictional)"),
)
PEOPLE_OF_CONCERN = (
    "Older lad known as 'K' (fictional)", "Man who drives a grey car (fictional)",
    "Group from the retail park (fictional)", "'Uncle' T, not a relative (fictional)",
)
AGENCIES = (
    ("Children's Services (fictional)", "child_in_need", "Jo Ellis", "Child in need plan: weekly visits."),
    ("Children's Services (fictional)", "child_protection", "Jo Ellis", "Child protection plan: neglect."),
    ("Oakfield Academy (fictional)", "ehcp", "Mr Rowlands", "EHCP: speech and language support."),
    ("Exploitation panel (MACE, fictional)", "mace", "DS Morgan", "Discussed at MACE; disruption plan."),
    ("CAMHS (fictional)", "health", "Dr Patel", "Fortnightly sessions for low mood."),
    ("Leaving care team (fictional)", "looked_after", "Sam Okoro", "Care plan: placement with foster carers."),
)
CONTEXTS = (
    ("place", "Underpass by the retail park (fictional)", "Older group hang around after dark",
     "", True),
    ("peer_group", "Group from the skate park (fictional)", "Some are known for shoplifting",
     "Two of them look out for each other", True),
    ("online", "Snapchat group chat", "Pressure to carry things for others", "", True),
    ("school", "Oakfield Academy (fictional)", "Exclusions; fights at lunch",
     "Likes the PE teacher; good at art", False),
    ("place", "Brynhyfryd Youth Club (fictional)", "", "Safe, staff the child trusts", False),
    ("place", "Boxing gym on Heol y Felin (fictional)", "", "Routine, coach as a role model", False),
)
PLACES = ("Home", "Youth justice office (fictional)", "Youth club (fictional)",
          "School (fictional)", "Café on the Brynhyfryd estate (fictional)", "A walk in the park")
PURPOSES = ("Getting to know each other", "Safety plan review", "Three Houses session",
            "Checking in after a hard week", "Preparing for court", "Return interview follow-up",
            "Reparation session", "Planning for the review meeting")
TOOLS = ("Three Houses", "Scaling", "Safety house", "Timeline", "Network map", "Words and pictures")

VOICE = {
    "worries": (
        "I don't like the park at night. There's older boys there.",
        "I get scared when Mum and her boyfriend shout.",
        "They keep messaging me to do stuff for them.",
        "I'm worried I'll get kicked out of school for good.",
        "Dw i'n poeni am fynd i'r parc yn y nos.",
        "I'm worried about our Dan getting dragged in too.",
        "When I'm on my own in town I feel like everyone's looking at me.",
        "I owe someone money and I don't know how much any more.",
        "Court. I can't stop thinking about it.",
    ),
    "good_things": (
        "Boxing on Tuesdays. Coach says I'm getting better.",
        "My nan's house. She makes cawl.",
        "I got a merit at school this week.",
        "Me and Mum went to the beach.",
        "I've stopped going to the underpass.",
        "Bev at the youth club. She doesn't judge.",
        "I made tea for everyone on Sunday.",
        "Mae Nain yn gwrando arna i.",
        "Got picked for the team on Saturday.",
    ),
    "dreams": (
        "I want to be a mechanic and have my own garage.",
        "Living with my dad again.",
        "Passing my exams and going to college.",
        "Dw i eisiau bod yn gogydd.",
        "Getting my own flat when I'm older, somewhere quiet.",
        "A dog. A big one.",
        "Going to see the sea in Tenby with my sister.",
        "Being a youth worker, like Bev.",
    ),
    "feelings": (
        "Angry a lot. Then I feel bad after.",
        "Bit better this week.",
        "Tired. I don't sleep much.",
        "I feel like nobody listens except you lot.",
        "Nervous about the meeting.",
        "Proud, a bit. Don't tell anyone.",
        "Dw i'n teimlo'n well heddiw.",
    ),
    "want_to_happen": (
        "I want them to stop messaging me.",
        "I want to go back to normal lessons.",
        "I want to see my little sister more.",
        "I want Mum to get help too.",
        "I want to choose who comes to my meetings.",
        "I want my phone back.",
    ),
    "other": (
        "Can we meet at the café next time?",
        "I don't want to talk about court today.",
    ),
}
CARER_VOICE = {
    "worries": ("I don't know where they are half the night.",
                "I'm worried about the new friends and the phone that keeps buzzing.",
                "The school keep ringing me and I don't know what to do."),
    "good_things": ("They've been helping with the shopping.",
                    "They came home on time every night this week."),
    "dreams": ("I just want them to finish school.",),
    "feelings": ("Exhausted, honestly.", "More hopeful than last month."),
    "want_to_happen": ("A proper school place.", "Someone to talk to them about the dangers."),
    "other": ("Please ring me before you come round.",),
}
SCALE_WORDS = ("It's better than before.", "Still the park thing.", "Home's fine now.",
               "Don't know really.", "Depends who's about.", "Better since I stopped going out late.")
SCALE_QUESTIONS = ("How safe do you feel right now?", "How safe do you feel at home?",
                   "How safe do you feel when you're out with friends?")

WORRIES = (
    "Older people are asking {name} to carry things for them, which could get {name} hurt or arrested.",
    "{name} goes missing overnight and nobody knows where {name} is.",
    "There is shouting and fighting at home, and {name} is scared.",
    "{name} is out of school most days and spends the time at the underpass.",
    "{name} carries a knife because {name} feels unsafe.",
    "{name} drinks a lot at weekends and ends up in risky places.",
)
GOALS = (
    "{name} spends evenings somewhere safe, with adults {name} trusts, for three months.",
    "Someone always knows where {name} is, and {name} comes home or rings by 10pm.",
    "Home is calm enough that {name} feels safe there, week after week.",
    "{name} goes to school or training every day for a whole term.",
    "{name} feels safe enough not to carry anything.",
    "{name} has a plan for weekends that keeps {name} safe.",
)
WORKING_WELL = (
    "Goes to boxing every week.", "Talks to Nan when things are hard.",
    "Has kept every appointment this month.", "Gets on well with the PE teacher.",
    "Mum and {name} have started eating tea together.", "Deleted the group chat.",
)
ACTIONS = (
    ("Ring Nan if I'm going to be late", "{name}", "Family"),
    ("Find a new school place", "Mr Rowlands", "Oakfield Academy (fictional)"),
    ("Refer to the exploitation panel (MACE)", "Demo Practitioner", "Demo Youth Justice Service"),
    ("Weekly boxing sessions", "Bev Lloyd", "Brynhyfryd Youth Club (fictional)"),
    ("Check in with {name} after school on Fridays", "Mum", "Family"),
    ("Parenting support sessions", "Jo Ellis", "Children's Services (fictional)"),
    ("Talk through the safety plan with {name}'s sister", "Demo Practitioner", "Demo Youth Justice Service"),
)
CONTINGENCY = (
    ("{name} is not home by 10pm", "Mum rings {name}, then the police on 101", "Mum"),
    ("Someone asks {name} to carry something", "{name} says no and rings Nan or the practitioner", "{name}"),
    ("{name} feels in danger right now", "Ring 999", "{name}"),
    ("There is a fight at home", "{name} goes to Nan's", "{name}"),
)
SAFE_PLACES = ("Nan's house", "The boxing gym", "The youth club", "The library",
               "Auntie's flat")
CHILD_SECTION = (
    "I want people to stop going on at me. I'll try to be in on time.",
    "I'll ring Nan if I'm stuck. I want to go back to boxing.",
    "I don't think the park is that bad but I'll stay away for now.",
    "Rydw i eisiau bod yn saff. I want to be safe.",
)
LEVEL_REASONS = {
    "low": "No current indicators of harm; protective factors strong.",
    "medium": "Some risk outside the home; protective adults involved; plan in place.",
    "high": "Exploitation indicators and missing episodes; plan needs close monitoring.",
    "very_high": "Imminent risk of serious harm: going missing with adults of concern.",
}
KEY_MOMENT_DETAILS = {
    "exclusion": "Fixed-term exclusion for five days after a fight.",
    "missing": "Missing overnight; found by police in another town.",
    "placement_move": "Moved to a new foster placement.",
    "address_move": "Family moved to a new flat across town.",
    "arrest": "Arrested for possession; released under investigation.",
    "court": "Court appearance for sentencing.",
    "disclosure": "Told the practitioner about being asked to hold drugs.",
    "bereavement": "Grandfather died.",
    "release_from_custody": "Released from custody on licence.",
    "transition_to_adult": "Turning 17½: planning the move to adult services.",
}
CONCERNS = (
    ("Seen getting into a car with an unknown adult", "high",
     "Seen by school staff at 3.30pm outside the gates (fictional)."),
    ("New phone and money, no explanation", "medium",
     "Carer noticed a second phone and new trainers."),
    ("Bruise on arm, explanation changes", "high", "Said it was football, then a fall."),
    ("Threats on social media", "medium", "Screenshots shown to the practitioner."),
    ("Disclosed being made to hold drugs", "immediate", "Disclosed during a visit; safe now."),
)
ESCALATION_LADDER = ("Discussed with a colleague", "Line manager (Demo Team Manager)",
                     "Service manager / designated safeguarding lead",
                     "Safeguarding partnership escalation")
OUTCOMES = ("Strategy discussion held; plan updated.", "Agreed to monitor; review in two weeks.",
            "Referred to children's services; accepted.", "No further action; explained to family.")
INFO_SHARING = (
    (True, "Safety plan", "Children's Services (fictional)", "Joint planning",
     "Public task; child's best interests"),
    (True, "Missing episode details", "Police (fictional)", "Return interview and disruption",
     "Safeguarding: risk of significant harm"),
    (True, "Attendance worries", "Oakfield Academy (fictional)", "School support plan",
     "Public task"),
    (False, "Home address", "Football club (fictional)", "Not needed for the club's purpose",
     "No lawful basis; decided not to share"),
    (False, "Health information", "Youth club (fictional)", "Child asked us not to share",
     "Child's wishes respected; no safeguarding need"),
)
MANAGER = "Demo Team Manager"
