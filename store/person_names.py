"""Words that tell a person's name from course talk: given names, and words that are no surname.

Plain data for the client-details guard (store/client_details.py). Given names are common ones
in US practices (census and SSA lists, with Spanish, Asian, African and Arabic names clinicians
meet often); a name is read only where its context says it is one, so the list need not be whole.
"""

from __future__ import annotations

_GIVEN = """
aaliyah aaron abby abdul abigail abraham ada adam adrian adriana ahmed aidan aiden aisha alan
albert alberto alex alexa alexander alexandra alexis alfredo ali alice alicia alison allison
alma alyssa amanda amelia amina amir amy ana andre andrea andres andrew angel angela angelica
anita ann anna anne annie anthony antonio april ari ariana arianna arthur ashley aubrey audrey
austin ava avery barbara beatriz becky ben benjamin bernard beth betty beverly bianca blake
bobby bonnie brad bradley brandon brenda brendan brian brianna bridget brittany brooke bruce
bryan caleb camila cameron carl carla carlos carmen carol carolina caroline carrie casey
catherine cecilia cesar chad charles charlie charlotte chelsea cheryl chloe chris christian
christina christine christopher cindy claire clara claudia cody colin connie connor craig
cristina crystal cynthia daisy dakota dale damian dan dana daniel daniela danielle danny darius
darnell darren dave david dawn deborah debra deja denise dennis derek destiny devin diana diane
diego dominic donald donna doris dorothy douglas dylan earl eddie edgar eduardo edward edwin
eileen elaine elena eli elijah elizabeth ella ellen emily emma enrique eric erica erik erin
ernesto esther ethan eugene eva evan evelyn fatima felix fernando fiona frances francesca
francis francisco frank gabriel gabriela gabriella gail gary gavin george georgia gerald
gilberto gina gloria gordon grace greg gregory guadalupe gustavo hailey haley hannah harold
harry hassan hazel heather hector helen henry hiroshi hector holly howard hugo ian imani irene
isaac isabel isabella isaiah ivan jack jackie jackson jacob jacqueline jada jaden jake jamal
james jamie jan jane janet janice jared jasmine jason javier jay jayden jean jeff jeffrey
jenna jennifer jenny jeremiah jeremy jerome jerry jesse jessica jesus jill jim jimmy joan
joanna joanne joe joel john johnny jon jonathan jordan jorge jose joseph josephine josh joshua
joy joyce juan juanita judith judy julia julian julie justin kaitlyn kamal karen karina kate
katherine kathleen kathryn kathy katie kayla keisha keith kelly kelsey ken kendra kenji kenneth
kevin khalid kim kimberly kris kristen kristin kyle lakisha lamar lara larry latasha latoya
laura lauren laurie leah lee leila leo leon leonardo leslie liam lillian linda lindsay lindsey
lisa logan lois lorena lori lorraine louis lucas lucia lucy luis luisa luke lydia lynn
madison maggie malik mandy manuel marcus margaret maria mariana marie marilyn mario marisol
marissa marjorie mark marlene marta martha martin marvin mary mason mateo matthew maureen max
maya megan mei melanie melissa mia michael michelle miguel mike miranda mohamed mohammed molly
monica morgan muhammad nadia nancy naomi natalie natasha nathan nathaniel nicholas nicole
nina noah nora norma olga oliver olivia omar oscar owen pablo paige pam pamela patricia
patrick paul paula pedro peggy penny peter phillip phyllis priya rachel rafael rahul raj ramon
randy raquel raul ray raymond rebecca regina renee ricardo richard rick ricky rita rob robert
roberto robin rodrigo roger ronald rosa rosemary ross roxanne ruby russell ruth ryan sabrina
sadie sally sam samantha samuel sandra sara sarah scott sean sergio shane shannon sharon shawn
sheila shirley sierra simon sofia sonia sophia sophie stacy stanley stephanie stephen steve
steven sue susan suzanne sydney sylvia tamara tammy tanya tara taylor ted teresa terri terry
thomas tiffany tim timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie
vanessa veronica vicki victor victoria vincent virginia walter wanda wayne wei wendy wesley
william xavier yasmin yolanda yusuf zachary zoe
"""

# Given names that are also everyday or course words ("grace under pressure", "art therapy"):
# read as a name only beside a surname, never alone.
_EVERYDAY = """
april august austin autumn bill brooke carolina charlotte chase christian crystal daisy dakota dale dawn destiny faith frank georgia
grace hazel heather holly hope iris ivy jack jackson jan jay jordan joy june lee madison mark max may morgan penny
ray rob ruby sage summer sydney taylor victoria virginia will
"""

# Capitalised words met after a given name in course titles, places and chat that are no
# surname ("Virginia Counseling Laws", "Georgia Board", "Grace Under Pressure").
_NOT_SURNAMES = """
a about abuse academy access act acute addiction addictions adolescent adolescents adult adults
advanced after against aging all also an analysis and anxiety any applied approach approaches
are as assessment at attachment autism awareness basics be behavior behavioral best beyond board
boards bootcamp brief building but by care career case center centered centre certificate
certification certified child childhood children clinical clinician clinicians code cognitive
college community competence competencies competency compliance conference consultation core
counseling counselor counselors couples course courses crisis cultural culture dbt department
depression development disorder disorders diversity do does domestic during eating education
emdr essentials ethical ethics evaluation evidence exam families family first for foundation
foundations from fundamentals general grief group groups guide guidelines health healing help
here his her how i if implicit in informed institute integrated intensive intervention
interventions into introduction is it its jurisprudence law laws leadership learning legal level
licensing life live mandated management medical medicine mental method methods military
mindfulness model models module modules my national new no not now of office on online or our
overview pain parent parenting part people plan planning policy practice practices prevention
private professional professionals program programs protocol psychiatric psychology psychotherapy
ptsd rules recovery regulations relationships renewal reporting requirements research resilience
review risk safety school self series seminar services session sessions skills social state
strategies stress students substance suicide supervision supervisor supervisors support
symptoms systems telehealth telemental than that the therapeutic therapies therapist therapists
therapy this through to today tomorrow training trainings trauma treatment update use using
veterans webinar webinars wellness what when where who why with without women work workers
workshop workshops yesterday youth
affairs agency alliance association associations bay beach california center city coalition
commission committee council county district hospital hospitals inc league llc network
partners psychiatric psychiatry psychological psychologists resources solutions street
university valley
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina ohio oklahoma
oregon pennsylvania rhode tennessee texas utah vermont washington wisconsin wyoming dc
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
"""

GIVEN_NAMES = frozenset(_GIVEN.split())
EVERYDAY_NAMES = frozenset(_EVERYDAY.split())
NOT_SURNAMES = frozenset(_NOT_SURNAMES.split())
