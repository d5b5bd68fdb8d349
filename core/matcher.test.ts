import { describe, expect, it } from 'vitest';
import { PatternMatcher, otherSensesIn, sensesConfirmedIn } from './matcher';
import { DATA_HANDLING_DENIED, NAMESAKES } from './namesakes';
import { tokenize } from './text';

const matcher = new PatternMatcher([
  { key: 'speaker', pattern: 'smart speaker' },
  { key: 'speaker', pattern: '*lautsprecher' },
  { key: 'echo', pattern: 'echo' },
  { key: 'ring', pattern: 'ring' },
  { key: 'alexa', pattern: 'alexa' },
  { key: 'prime', pattern: 'prime' },
  { key: 'amazon', pattern: 'amazon' },
]);

const keys = (text: string) => matcher.findAllInText(text).map((hit) => hit.key);

describe('PatternMatcher', () => {
  it('matches phrases and inflected words', () => {
    expect(keys('Two smart speakers compared')).toEqual(['speaker']);
  });

  it('matches German compounds whose head is the pattern', () => {
    expect(keys('Ein Bluetooth-Lautsprecher und ein Smartlautsprecher')).toEqual(['speaker', 'speaker']);
  });

  it('reads a word for people named in both forms as one word of a phrase, other words joined not', () => {
    const sold = new PatternMatcher([{ key: 'sold', pattern: 'daten ihrer kunden an dritte' }]);
    const found = (text: string) => sold.findAllInText(text).map((hit) => hit.surface);
    expect(found('Die App gab die Daten ihrer Kundinnen und Kunden an Dritte weiter')).toEqual([
      'Daten ihrer Kundinnen und Kunden an Dritte',
    ]);
    expect(found('Die App gab die Daten ihrer Kunden und Kundinnen an Dritte weiter')).toEqual([
      'Daten ihrer Kunden und Kundinnen an Dritte',
    ]);
    // Two groups, or a word for people and another thing, are no pair.
    expect(found('Die Daten ihrer Kunden und Händler an Dritte')).toEqual([]);
    expect(found('Die Daten ihrer Kunden und Partner an Dritte')).toEqual([]);
    expect(found('Die Daten ihrer Kundinnen. Und Kunden an Dritte')).toEqual([]);
  });

  it('reads a pattern written with ^ only where it opens a sentence, its first word as written', () => {
    const steps = new PatternMatcher([
      { key: 'step', pattern: '^turn off' },
      { key: 'step', pattern: '^deaktivieren sie' },
    ]);
    const found = (text: string) => steps.findAllInText(text).map((hit) => hit.surface);
    expect(found('Turn off Location History. Then: turn off Web Activity.')).toEqual([
      'Turn off',
      'turn off',
    ]);
    expect(found('Deaktivieren Sie die Werbe-ID.')).toEqual(['Deaktivieren Sie']);
    // Inside a sentence, or in another form, the words report what someone does.
    expect(found('The feature is turned off by default, and users turn off nothing.')).toEqual([]);
    expect(found('Die Hersteller deaktivieren sie nie. Turned off by default, it still sends data.')).toEqual(
      [],
    );
  });

  it('keeps the surface form for explanations', () => {
    expect(matcher.findAllInText('Der Smartlautsprecher')[0]?.surface).toBe('Smartlautsprecher');
  });

  it('finds the patterns of a word by any first letters, and long compound heads mistyped', () => {
    const any = new PatternMatcher([
      { key: 'short', pattern: 'ki' },
      { key: 'digits', pattern: '5g netz' },
      { key: 'cyrillic', pattern: 'озон' },
      { key: 'head', pattern: '*datenschutzbehorde' },
    ]);
    const found = (text: string) => any.findAllInText(text).map((hit) => hit.key);
    expect(found('KI im 5G-Netz bei Озон')).toEqual(['short', 'digits', 'cyrillic']);
    expect(found('Kind und Kiosk')).toEqual([]);
    // Typos: as the whole word (one edit, not at its end) and not as the head of a longer word.
    expect(found('Die Datenschutbehorde und die Landesdatenschutzbehorde')).toEqual(['head', 'head']);
    expect(found('Die Landesdatenschutbehorde')).toEqual([]);
  });

  it('keeps each pattern its own words and writing where several begin with the same word', () => {
    const shared = new PatternMatcher([
      { key: 'company', pattern: 'Uber' },
      { key: 'delivery', pattern: 'uber eats' },
      { key: 'stem', pattern: 'uberwach*' },
      { key: 'jobs', pattern: 'jobs' },
      { key: 'cuts', pattern: 'jobs cut' },
      { key: 'losses', pattern: 'jobs lost' },
    ]);
    const found = (text: string) => shared.findAllInText(text).map((hit) => hit.key);
    expect(found('Uber Eats')).toEqual(['company', 'delivery']);
    expect(found('über Eats, überwacht')).toEqual(['delivery', 'stem']);
    expect(found('jobs cut, jobs lost')).toEqual(['jobs', 'cuts', 'jobs', 'losses']);
  });

  it('reads patterns that share their first words each to its own end, in the order they are listed', () => {
    const shared = new PatternMatcher([
      { key: 'shifts', pattern: 'warehouse work shifts' },
      { key: 'work', pattern: 'warehouse work' },
      { key: 'sold', pattern: 'users data|posts was|were sold' },
      { key: 'data', pattern: 'users data' },
      { key: 'buyer', pattern: 'users data was sold to brokers' },
    ]);
    const found = (text: string) => shared.findAllInText(text).map((hit) => `${hit.key}:${hit.surface}`);
    // The same word ends one phrase and stands inside the other: at a phrase's end an English noun also
    // names the one who does it ("warehouse worker"), inside it not ("warehouse worker shifts").
    expect(found('The warehouse work shifts were long and the pay was low for them.')).toEqual([
      'shifts:warehouse work shifts',
      'work:warehouse work',
    ]);
    expect(found('The warehouse worker shifts were long and the pay was low for them.')).toEqual([
      'work:warehouse worker',
    ]);
    expect(found('They learned that the users data was sold, and the users posts were sold too.')).toEqual([
      'sold:users data was sold',
      'data:users data',
      'sold:users posts were sold',
    ]);
    expect(found('They learned that the users data was sold to brokers.')).toEqual([
      'sold:users data was sold',
      'data:users data',
      'buyer:users data was sold to brokers',
    ]);
  });

  it('holds a tight phrase tight in any place of a pattern, and skips a place that reads no word', () => {
    const placed = new PatternMatcher([
      { key: 'wake', pattern: 'they say okay_google|hey_google' },
      { key: 'aisle', pattern: 'health & household' },
    ]);
    const found = (text: string) => placed.findAllInText(text).map((hit) => `${hit.key}:${hit.surface}`);
    expect(found('Every morning they say okay Google to the speaker in the kitchen.')).toEqual([
      'wake:they say okay Google',
    ]);
    // "okay" that ends a clause before the company owns what follows: no wake phrase (possessiveAt).
    expect(found("Regulators and the courts, they say okay Google's purchase of the firm.")).toEqual([]);
    expect(found('Deals in Health & Household this week')).toEqual(['aisle:Health Household']);
  });

  it('reads two or more of a place\'s alternatives joined by "and"/"und" as one member of the phrase', () => {
    const joined = new PatternMatcher([
      { key: 'passed', pattern: 'daten an meta|tiktok|google weitergegeben' },
      { key: 'trained', pattern: 'trainiert seine ki mit den fotos|beitragen|videos seiner nutzer' },
      { key: 'cut', pattern: 'cut # jobs' },
      { key: 'slot', pattern: 'cut ~ jobs' },
    ]);
    const found = (text: string) => joined.findAllInText(text).map((hit) => `${hit.key}:${hit.surface}`);
    expect(found('Die App hat die Daten an Meta und TikTok weitergegeben.')).toEqual([
      'passed:Daten an Meta und TikTok weitergegeben',
    ]);
    expect(found('Die App hat Daten an Meta oder Google und TikTok weitergegeben.')).toEqual([
      'passed:Daten an Meta oder Google und TikTok weitergegeben',
    ]);
    expect(found('Der Konzern trainiert seine KI mit den Fotos und Beiträgen seiner Nutzer.')).toEqual([
      'trained:trainiert seine KI mit den Fotos und Beiträgen seiner Nutzer',
    ]);
    // Only the place's own alternatives are joined, within a sentence; a count or a free slot is not.
    expect(found('Die App hat Daten an Meta und Apple weitergegeben.')).toEqual([]);
    expect(found('Die App hat Daten an Meta. Und TikTok weitergegeben.')).toEqual([]);
    expect(found('They cut 300 and then more jobs, and cut sales and support jobs.')).toEqual([]);
  });

  it('reads a word written `a|b` as either word, and `#` as a count said in one or more words', () => {
    const counted = new PatternMatcher([{ key: 'cuts', pattern: 'cut|slash # jobs|roles' }]);
    const found = (text: string) => counted.findAllInText(text).map((hit) => hit.surface);
    expect(found('Amazon to cut 14,000 jobs; it slashed hundreds of roles')).toEqual([
      'cut 14 000 jobs',
      'slashed hundreds of roles',
    ]);
    expect(found('They cut up to 400 jobs, cut about a third of roles')).toEqual(['cut up to 400 jobs']);
    expect(found('They cut all 300 jobs, then 10% of all roles')).toEqual(['cut all 300 jobs']);
    expect(found('Firms slash 10% of all roles')).toEqual(['slash 10 of all roles']);
    // A count must say a number: "more" or "of" alone are no count, and the count is not the word.
    expect(found('They cut jobs, cut more jobs and slash 500 prices')).toEqual([]);
    expect(found('They cut all jobs and slash all of the roles')).toEqual([]);
    // Counts rounded in the words of reports: "approximately", "circa" and its German spellings, "ca." with its dot.
    expect(found('They cut approximately 12,000 roles and slashed circa 300 jobs')).toEqual([
      'cut approximately 12 000 roles',
      'slashed circa 300 jobs',
    ]);
    const german = new PatternMatcher([{ key: 'cuts', pattern: 'streich* # stellen' }]);
    const gefunden = (text: string) => german.findAllInText(text).map((hit) => hit.surface);
    expect(
      gefunden('Sie streicht ca. 2000 Stellen, streicht zirka 300 Stellen, streicht ungefähr 40 Stellen'),
    ).toEqual(['streicht ca 2000 Stellen', 'streicht zirka 300 Stellen', 'streicht ungefähr 40 Stellen']);
    // A range of figures is one count: "between 4,000 and 6,000", "zwischen 300 und 500".
    expect(found('HP will cut between 4,000 and 6,000 jobs')).toEqual(['cut between 4 000 and 6 000 jobs']);
    expect(gefunden('Sie streicht zwischen 300 und 500 Stellen')).toEqual([
      'streicht zwischen 300 und 500 Stellen',
    ]);
    // "and" joins figures only in a range "between" opens: two years are two counts, no count of jobs.
    expect(found('They cut 2025 and 2026 jobs-fair budgets')).toEqual([]);
    expect(gefunden('Sie streicht 2025 und 2026 Stellen-Prämien')).toEqual([]);
    // The dot of "ca." joins it to its figure, not a sentence's end to the next: "ca." alone is no count.
    expect(gefunden('Sie streicht ca. Stellen. Sie streicht. 500 Stellen bleiben')).toEqual([]);
    // Counts bounded as reports bound them: "as many as", "insgesamt".
    expect(found('Amazon plans to cut as many as 30,000 jobs')).toEqual(['cut as many as 30 000 jobs']);
    expect(gefunden('Der Konzern streicht insgesamt 2.500 Stellen')).toEqual([
      'streicht insgesamt 2 500 Stellen',
    ]);
  });

  it('reads `~` as a free slot of one word or two, not a count and not across a mark', () => {
    const slotted = new PatternMatcher([{ key: 'cuts', pattern: 'cut|cuts # ~ jobs' }]);
    const found = (text: string) => slotted.findAllInText(text).map((hit) => hit.surface);
    expect(found('Meta cuts 600 AI jobs; the bank will cut 1,200 back-office jobs')).toEqual([
      'cuts 600 AI jobs',
      'cut 1 200 back office jobs',
    ]);
    expect(found('Salesforce cut 4,000 customer support jobs')).toEqual(['cut 4 000 customer support jobs']);
    // Not the count's own word, no slot left empty, no slot of three words, none across a comma.
    expect(found('HP will cut 4,000 6,000 jobs and cut 500 jobs')).toEqual([]);
    expect(found('They cut 400 very large print jobs; they cut 400, mostly sales, jobs')).toEqual([]);
    // No word that relates the count to another thing: time cut from jobs is no job cut.
    expect(found('They cut 30 minutes from jobs; they cut 20 minutes for jobs')).toEqual([]);
    const german = new PatternMatcher([{ key: 'cuts', pattern: 'streicht die ~ # stellen' }]);
    const gefunden = (text: string) => german.findAllInText(text).map((hit) => hit.surface);
    expect(
      gefunden('Nun streicht die Mainbank 500 Stellen. Das Land streicht die Förderung für 300 Stellen.'),
    ).toEqual(['streicht die Mainbank 500 Stellen']);
  });
});

describe('namesakes', () => {
  it('reads Echo as the device only next to device words', () => {
    expect(keys('Echo Dot (5. Generation) smarter Lautsprecher')).toContain('echo');
    expect(keys('The echo of the cathedral bells')).not.toContain('echo');
    expect(keys('Echo chamber effects on Twitter')).not.toContain('echo');
  });

  it('reads Ring as the doorbell company, not the boxing ring', () => {
    expect(keys('Ring Video Doorbell Wired')).toContain('ring');
    expect(keys('Ring frei für die nächste Runde im Boxring')).not.toContain('ring');
    expect(keys('Boxing ring ropes for training')).not.toContain('ring');
  });

  it('reads Ring as the doorbell company, not a bell rung', () => {
    expect(keys('See a fish? Ring the bell! Welcome to the fish doorbell')).not.toContain('ring');
    expect(keys('Läuten Sie die Glocke am Ring')).not.toContain('ring');
  });

  // visdeurbel-fish-doorbell: a bell a passer-by presses is no camera watching the street.
  it('reads a doorbell as a watching one only near its camera, app, network or maker', () => {
    const doorbells = new PatternMatcher([
      { key: 'doorbell', pattern: 'doorbell' },
      { key: 'doorbell', pattern: '*turklingel' },
    ]);
    const found = (text: string) => doorbells.findAllInText(text).length;
    expect(found('The doorbell records video and sends an alert to the app')).toBe(1);
    expect(found('Police asked for footage from doorbells on the street')).toBe(1);
    expect(found('Nest and Arlo sell doorbells too')).toBe(1);
    expect(found('Die Türklingel mit Kamera und WLAN')).toBe(1);
    expect(found('Videotürklingeln filmen die Nachbarn')).toBe(1);
    expect(found('See a fish? Press the doorbell!')).toBe(0);
    expect(found('The doorbell rang twice')).toBe(0);
    expect(found('Er drückte die Türklingel und wartete vor der Tür')).toBe(0);
  });

  it('does not take inflected forms of an ambiguous word for the name', () => {
    expect(keys('Ringe aus Gold und Ringen als Sport mit Video')).not.toContain('ring');
  });

  it('reads Alexa as the assistant only with assistant context', () => {
    expect(keys('Alexa, spiel Musik: der Sprachassistent von Amazon')).toContain('alexa');
    expect(keys('Alexa Müller wurde zur Bürgermeisterin gewählt')).not.toContain('alexa');
    // A product has alternatives; a person has none.
    expect(keys('A private open source alternative to Alexa')).toContain('alexa');
    expect(keys('Die besten Alternativen zu Alexa')).toContain('alexa');
    expect(keys('Alexa Smith won the election')).not.toContain('alexa');
  });

  it('reads Prime as the membership, not the minister', () => {
    expect(keys('Kostenloser Versand mit Prime')).toContain('prime');
    expect(keys('The Prime Minister met the president')).not.toContain('prime');
  });

  it('reads a bare name as the product where the page reads it so in most of its mentions', () => {
    const headline = tokenize('Alexa, change your goals');
    const text = tokenize(
      'I still have an Amazon Alexa speaker. Alexa, what is the weather? The voice assistant Alexa then offers routines.',
    );
    const confirmed = sensesConfirmedIn([headline, text]);
    expect(confirmed).toEqual(new Set(['alexa']));
    expect(matcher.findAll(headline, new Set(), undefined, confirmed).map((hit) => hit.key)).toEqual([
      'alexa',
    ]);
    expect(keys('Alexa, change your goals')).toEqual([]);
    // Two mentions near device words among many bare ones are not the page's sense: a calling app named Ring.
    const app = tokenize(
      'Ring makes video calls. It is free software on a peer network without a central server. Ring is ' +
        'security minded: it keeps no call history or account details on any server at all. Ring for ' +
        'Linux, Ring for Windows, Ring for Android, Ring for macOS.',
    );
    expect(sensesConfirmedIn([app])).toEqual(new Set());
    // Nor is a name the page also reads in its other sense.
    const both = tokenize(
      'A Ring video doorbell and a Ring camera watch the door of the gym. Inside, two boxers ' +
        'climb into the ring for their first round.',
    );
    expect(sensesConfirmedIn([both])).toEqual(new Set());
  });

  it('reads GLS as the parcel carrier, not the Mercedes SUV series', () => {
    const carrier = new PatternMatcher([{ key: 'carrier', pattern: 'GLS' }]);
    const found = (text: string) => carrier.findAllInText(text).map((hit) => hit.key);
    expect(found('GLS drivers went on strike; GLS delivers parcels')).toEqual(['carrier', 'carrier']);
    expect(found('The plant builds the Mercedes GLS, an SUV; the Mercedes-Maybach GLS too')).toEqual([]);
  });

  it('reads Amazon as the river and forest when the text says so', () => {
    expect(keys('Fires in the Amazon rainforest can be seen from space')).not.toContain('amazon');
    expect(keys('Der Amazonas und der Amazon-Regenwald in Brasilien')).not.toContain('amazon');
    expect(keys('Amazon customers get faster delivery from the online retailer')).toContain('amazon');
  });

  it('finds the other sense a whole page speaks of by cues of two letters or more', () => {
    // otherSensesIn looks a page word's cues up by its first two letters: a cue of one letter is never met.
    for (const rule of Object.values(NAMESAKES).filter((rule) => rule.senseByDefault))
      for (const cue of rule.other) expect(cue === '' || cue.length >= 2, cue).toBe(true);
    const texts = (text: string) => [tokenize(text)];
    expect(otherSensesIn(texts('Fires in the Amazon rainforest, the Amazonas basin'))).toContain('amazon');
    expect(otherSensesIn(texts('Amazon customers and the rainforest'))).not.toContain('amazon');
  });
});

describe('tracking and trackers', () => {
  const tracking = new PatternMatcher([
    { key: 'tracking', pattern: 'tracking' },
    { key: 'tracking', pattern: 'tracker' },
  ]);
  const found = (text: string) => tracking.findAllInText(text).length > 0;

  it('reads a tracker that a compound names as an app or device of its own, whatever is near', () => {
    // googleplay-lady-log-period-tracker: "Apps" and "Google" in the store's title read it as web tracking.
    expect(found('Lady Log - A period tracker - Apps on Google Play')).toBe(false);
    expect(found('The best habit tracker apps for Android users')).toBe(false);
    expect(found('Der Zyklus-Tracker speichert die Daten der Nutzer')).toBe(false);
    expect(found('Parcel tracking for your online orders and web shop')).toBe(false);
  });

  it('still reads tracking and trackers on the web and in apps as tracking', () => {
    expect(found('The tracker follows users across every site and app')).toBe(true);
    expect(found('Third-party tracking in apps collects user data')).toBe(true);
    expect(found('Werbetracking: der Tracker liest Daten der Nutzer')).toBe(true);
  });

  it('reads the trackers of a page mostly of fitness trackers as devices, and of one that names them once by what stands near each', () => {
    const onPage = (text: string) => {
      const tokens = tokenize(text);
      return tracking.findAll(tokens, otherSensesIn([tokens])).length;
    };
    // A review of fitness trackers: "data" alone near "trackers" made them ad trackers.
    expect(
      onPage(
        'The best fitness trackers. The tracker counts sleep. All the trackers we tested sync data to a phone app.',
      ),
    ).toBe(0);
    expect(onPage('All the trackers we tested sync data to a phone app.')).toBe(1);
    // One "fitness trackers" does not make the page's other trackers devices (stop 34 review).
    expect(
      onPage(
        'Fitness trackers were the best-selling gift. A study of shopping apps found that most contain trackers.',
      ),
    ).toBe(1);
    expect(
      onPage('Fitness-Tracker kennt jeder. Weniger bekannt: Shopping-Apps wie Temu stecken voller Tracker.'),
    ).toBe(1);
  });

  it('reads what software follows as it changes as no tracking of people, whatever is near', () => {
    // medium-postgresql-data-change-tracking: "Data" before "Change Tracking" read it as web tracking.
    expect(found('The Ultimate Guide to PostgreSQL Data Change Tracking')).toBe(false);
    expect(found('File it in the bug tracker; the issue tracker keeps user data')).toBe(false);
    expect(found('Version tracking and error tracking for web apps')).toBe(false);
    expect(found('Fehler-Tracker und Änderungs-Tracking für Daten')).toBe(false);
    // The verb beside it is no compound: a change of the tracking that follows users is still tracking.
    expect(found('Apple changes tracking of users in apps')).toBe(true);
    expect(found('Google issues tracking rules for user data')).toBe(true);
  });

  it('reads the protection against tracking as no tracking, whatever is near', () => {
    // privacyguides-firefox-privacy-2021-update: Enhanced Tracking Protection beside privacy and cookies.
    expect(found('Privacy: set Enhanced Tracking Protection to strict for cookies')).toBe(false);
    expect(found('Intelligent Tracking Prevention in the browser blocks cookies')).toBe(false);
    expect(found('anti-tracking features and tracker blocking for users online')).toBe(false);
    expect(found('der Tracking-Schutz des Browsers für Nutzer online')).toBe(false);
    expect(found('new tracking protections and tracker blockers for users online')).toBe(false);
    // What it protects against is tracking.
    expect(found('Tracking protection stops the tracking of users by cookies online')).toBe(true);
  });
});

describe('profiling', () => {
  const profiling = new PatternMatcher([{ key: 'profiling', pattern: 'profiling' }]);
  const found = (text: string) => profiling.findAllInText(text).length > 0;

  it('reads profiling of code for its speed as no profiling of people', () => {
    // pythonspeed-numba-profiling: "Profiling your Numba code" with a profiler for its bottlenecks.
    expect(found('Profiling your Numba code')).toBe(false);
    expect(found('Profiling finds the bottlenecks: CPU time and memory per line')).toBe(false);
    expect(found('Profiling von Python-Quellcode: Laufzeit messen')).toBe(false);
  });

  it('still reads profiling of people, customers and users, and bare profiling, as profiling', () => {
    expect(found('more instances of racial profiling by police')).toBe(true);
    expect(found('The shop builds customer profiling from every purchase')).toBe(true);
    expect(found('Profiling der Kunden durch Datenhändler')).toBe(true);
    expect(found('The company denies profiling.')).toBe(true);
  });
});

describe("jobs that are a computer's work", () => {
  const cuts = new PatternMatcher([
    { key: 'cuts', pattern: 'cut|cuts|cutting # jobs' },
    { key: 'cuts', pattern: 'affect # jobs' },
    { key: 'cuts', pattern: 'affect jobs' },
    { key: 'cuts', pattern: 'jobs lost|gestrichen' },
    { key: 'cuts', pattern: 'streich* # jobs' },
  ]);
  const found = (text: string) => cuts.findAllInText(text).length > 0;

  it('reads no job cut where the words near its jobs name what runs them, or the jobs are a kind a machine runs', () => {
    expect(found('Slurm bug affects jobs on AI supercomputer')).toBe(false);
    expect(found('Scheduler bug cut 400 jobs on AI supercomputer')).toBe(false);
    expect(found('Slurm bug affects thousands of jobs on AI supercomputer')).toBe(false);
    expect(found('The print spooler cut 200 jobs from the queue')).toBe(false);
    expect(found('A misconfigured crontab cut 300 jobs overnight')).toBe(false);
    expect(found('Batch jobs lost after the AI cloud outage')).toBe(false);
    expect(found('GPU jobs lost, cluster jobs lost, cron jobs lost')).toBe(false);
    expect(found('Slurm-Fehler: Supercomputer streicht 400 Jobs aus der Warteschlange')).toBe(false);
    expect(found('Cronjob-Fehler: Jobs gestrichen')).toBe(false);
    expect(found('Kubernetes jobs lost after the cluster upgrade')).toBe(false);
    expect(found('Kubernetes scheduler bug cut 400 jobs overnight')).toBe(false);
  });

  it("still reads people's jobs cut beside AI, its chips, its data centres and its schedulers", () => {
    expect(found('Amazon cuts 14,000 jobs to fund AI data centers')).toBe(true);
    expect(found('Meta cuts 600 jobs in AI unit as it builds giant GPU cluster')).toBe(true);
    expect(found('Hospital replaces staff schedulers with AI, cutting 40 jobs')).toBe(true);
    expect(found('Intel streicht 15.000 Jobs, um bei KI-GPUs aufzuholen')).toBe(true);
    // A scheduler or a supercomputer alone also stands beside people's jobs; two together run a computer's.
    expect(found("Amazon's AI scheduler will cut 300 jobs at warehouses")).toBe(true);
    expect(found('HPE, the supercomputer maker, to cut 2,500 jobs in AI push')).toBe(true);
    expect(found("The bank's AI clears the call queue as it cuts 400 jobs")).toBe(true);
    // People near the jobs outweigh a word of the machinery; a print shop's jobs are people's.
    expect(
      found('Long queues at the job centre, a scheduler said, as workers saw the plant cut 400 jobs'),
    ).toBe(true);
    expect(found('2,000 print jobs lost to AI design tools')).toBe(true);
    // A Kubernetes company cuts its staff's jobs (stop 34 review).
    expect(found('Kubernetes company Mirantis cuts 100 jobs as AI agents take over')).toBe(true);
    expect(found('Kubernetes-Spezialist streicht 100 Jobs wegen KI')).toBe(true);
  });
});

describe('words match as words', () => {
  const lexicon = new PatternMatcher([
    { key: 'voice', pattern: 'siri' },
    { key: 'union', pattern: 'verdi' },
    { key: 'union', pattern: 'union' },
    { key: 'union', pattern: 'gewerkschaft' },
    { key: 'tax', pattern: 'steuer' },
    { key: 'book', pattern: 'book' },
    { key: 'cuts', pattern: 'replace' },
    { key: 'privacy', pattern: 'datenschutz' },
    { key: 'strike', pattern: 'streik' },
    { key: 'strike', pattern: 'warnstreik' },
    { key: 'pay', pattern: '*lohn' },
    { key: 'power', pattern: 'marktbeherrsch*' },
    { key: 'sector', pattern: 'hospital' },
  ]);
  const found = (text: string) => lexicon.findAllInText(text).map((hit) => hit.key);

  it('does not take a longer word for a pattern word it starts with', () => {
    expect(found('Die Siria-Krise')).toEqual([]);
    expect(found('Sie verdienen mehr, er verdient gut')).toEqual([]);
    expect(found('Die Steuerungstasten des Controllers')).toEqual([]);
    expect(found('Eine neue Evolutionsstufe')).toEqual([]);
    expect(found('Eine Gesellschaft mit beschränkter Haftung')).toEqual([]);
    expect(found('Import your bookmarks')).toEqual([]);
    expect(found('A replacement battery')).toEqual([]);
    expect(found('Eine Belohnung für Finder')).toEqual([]);
    expect(found('A worker was hospitalized; er wurde hospitalisiert')).toEqual([]);
  });

  it('takes the pattern word inflected', () => {
    expect(found('Hey Siri, call Verdi')).toEqual(['voice', 'union']);
    expect(found('Unions and Gewerkschaften')).toEqual(['union', 'union']);
    expect(found('Steuern zahlen')).toEqual(['tax']);
    expect(found('Two books, workers replaced')).toEqual(['book', 'cuts']);
  });

  it('splits German compounds on a long first part or a marked head', () => {
    expect(found('Das Datenschutzabkommen und datenschutzrechtliche Fragen')).toEqual(['privacy', 'privacy']);
    expect(found('Der Steuerbescheid kam')).toEqual(['tax']);
    expect(found('Warnstreiks bei der Post, Streikrecht')).toEqual(['strike', 'strike']);
    expect(found('Mindestlohn und Stundenlöhne')).toEqual(['pay', 'pay']);
    expect(found('Hospitals and the hospital staff')).toEqual(['sector', 'sector']);
  });

  it('matches any continuation of a stem the lexicon writes truncated', () => {
    expect(found('eine marktbeherrschende Stellung')).toEqual(['power']);
  });

  it('reads a name written with a capital only where the page writes it as a name', () => {
    const names = new PatternMatcher([
      { key: 'platform', pattern: 'Uber' },
      { key: 'platform', pattern: 'Mechanical Turk' },
    ]);
    const hits = (text: string) => names.findAllInText(text).map((hit) => hit.surface);
    expect(hits('Uber drivers and UBER fares, Ubers Fahrer')).toEqual(['Uber', 'UBER', 'Ubers']);
    expect(hits('Über die Fahrer, über Uber-Fahrer, uber-cool')).toEqual(['Uber']);
    expect(hits('Workers on Mechanical Turk, a mechanical turk')).toEqual(['Mechanical Turk']);
  });

  it('reads the union written with its dot', () => {
    const union = new PatternMatcher([{ key: 'union', pattern: 'ver.di' }]);
    expect(union.findAllInText('Die Gewerkschaft ver.di ruft auf').map((hit) => hit.surface)).toEqual([
      'ver di',
    ]);
    expect(union.findAllInText('Sie verdienen mehr')).toEqual([]);
  });

  it('does not take words on both sides of a sentence end for a phrase', () => {
    const phrases = new PatternMatcher([
      { key: 'assistant', pattern: 'ok|okay google' },
      { key: 'kept', pattern: 'gespeichert daten' },
      { key: 'cuts', pattern: 'cut # jobs' },
      { key: 'shop', pattern: 'amazon.com' },
    ]);
    const hits = (text: string) => phrases.findAllInText(text).map((hit) => hit.surface);
    expect(hits('The deal is ok. Google will pay the fine.')).toEqual([]);
    expect(hits('Is that okay? Google says it is. The ruling is okay; Google will appeal.')).toEqual([]);
    expect(hits('Is it OK! Google: okay: Google… Das war OK - Google hat – okay – Google')).toEqual([]);
    expect(hits('Der Spielstand wird gespeichert. Daten zum Patch folgen')).toEqual([]);
    expect(hits('They cut. 400 jobs went, they cut 400. Jobs went')).toEqual([]);
    // Within a sentence, and across the dots of a web address or a figure, a phrase is what it says.
    expect(hits('"Okay Google, are you spying on me?" OK Google')).toEqual(['Okay Google', 'OK Google']);
    expect(hits('die gespeicherten Daten. Amazon.com will cut 14.000 jobs')).toEqual([
      'gespeicherten Daten',
      'Amazon com',
      'cut 14 000 jobs',
    ]);
  });

  it('reads a tight phrase only where nothing but white space parts its words', () => {
    const wake = new PatternMatcher([
      { key: 'assistant', pattern: 'ok_google|okay_google' },
      { key: 'device', pattern: 'smart_home device' },
    ]);
    const hits = (text: string) => wake.findAllInText(text).map((hit) => hit.surface);
    expect(hits('"Okay Google, are you spying on me?" Say OK\n  Google. „Ok Google“')).toEqual([
      'Okay Google',
      'OK Google',
      'Ok Google',
    ]);
    // A comma, a dash, a quotation mark or a bracket between them: two clauses, not a wake phrase.
    expect(
      hits('Es ist okay, Google zahlt. OK - Google. Ok -Google, „okay“ Google, (ok) Google, ok… Google'),
    ).toEqual([]);
    // A hyphen between the letters joins the words of a compound, which holds the phrase.
    expect(hits('Die Hey-Google-Befehle und die OK-Google-Erkennung; Ok‑Google')).toEqual([
      'OK Google',
      'Ok Google',
    ]);
    // Only the words written after a `_` are held tight; the others are read as any phrase is.
    expect(
      hits('A smart home device, a smart home "device", a smart-home device, a smart, home device'),
    ).toEqual(['smart home device', 'smart home device', 'smart home device']);
  });

  it('reads the words of a tight phrase before its last only as written', () => {
    const tight = new PatternMatcher([
      { key: 'assistant', pattern: 'okay_google' },
      { key: 'authority', pattern: 'datenschutz_aufsichtsbehorde' },
    ]);
    const hits = (text: string) => tight.findAllInText(text).map((hit) => hit.surface);
    // An "okay" inflected is the verb: not the wake phrase, though "okay" is long enough to inflect.
    expect(hits('Regulators okayed Google, the EU okays Google, Brussels is okaying Google')).toEqual([]);
    // The phrase inflects at its end, as a compound at its head.
    expect(hits('Die Datenschutz-Aufsichtsbehörden und Datenschutzes Aufsichtsbehörde')).toEqual([
      'Datenschutz Aufsichtsbehörden',
    ]);
  });

  it('does not read a tight phrase that owns what follows', () => {
    const wake = new PatternMatcher([{ key: 'assistant', pattern: 'okay_google' }]);
    const hits = (text: string) => wake.findAllInText(text).map((hit) => hit.surface);
    // "okay" the verb before the company's possessive, in either apostrophe.
    expect(hits("EU regulators okay Google's Fitbit deal; they okay Google’s plan")).toEqual([]);
    // Not an "s" of a word of its own, or after a hyphen.
    expect(hits('Okay Google, s. o.; Okay Google s; Okay Google-s')).toEqual([
      'Okay Google',
      'Okay Google',
      'Okay Google',
    ]);
  });

  it('marks a compound head on the first word and a stem on the last', () => {
    const marked = new PatternMatcher([
      { key: 'head', pattern: '*schutz_behorde' },
      { key: 'stem', pattern: 'daten_schutzbehord*' },
    ]);
    const hits = (text: string) => marked.findAllInText(text).map((hit) => `${hit.key}:${hit.surface}`);
    expect(hits('Datenschutz Behörde; Daten Schutzbehördenleiter')).toEqual([
      'head:Datenschutz Behörde',
      'stem:Daten Schutzbehördenleiter',
    ]);
    // Not the head on the last word, nor the stem on the first.
    expect(hits('Schutz Landesbehörde; Datenbank Schutzbehörde')).toEqual([]);
  });

  it('forgives one typing error only in a long word', () => {
    expect(found('Die Gewerkchaft ruft auf, Datenshutz')).toEqual(['union', 'privacy']);
    expect(found('Steuar')).toEqual([]);
    expect(found('Sirri, Verdo')).toEqual([]);
  });

  it('takes a difference in the last letters for another form, not a typing error', () => {
    const matcher = new PatternMatcher([{ key: 'authority', pattern: 'datenschutzer' }]);
    const hits = (text: string) => matcher.findAllInText(text).map((hit) => hit.surface);
    expect(hits('Die Wahrung des Datenschutzes')).toEqual([]);
    expect(hits('Die Datenschützer warnen, die Datenschüzer auch')).toEqual([
      'Datenschützer',
      'Datenschüzer',
    ]);
  });

  it('leaves a first part ending in "er" its letters where a noun made with "er-" takes them', () => {
    const matcher = new PatternMatcher([
      { key: 'sector', pattern: 'lehrer' },
      { key: 'authority', pattern: 'datenschutzer' },
      { key: 'tax', pattern: 'steuer' },
    ]);
    const hits = (text: string) => matcher.findAllInText(text).map((hit) => hit.surface);
    // Lehr|erfolg, Datenschutz|erklärung: no teacher, no data protection official.
    expect(hits('Der Lehrerfolg, die Lehrerfolge und die Datenschutzerklärung')).toEqual([]);
    // The first part with a second part of its own, or with one that itself begins "er".
    expect(hits('Lehrerinnen, der Lehrerverband, die Lehrerentlastung')).toEqual([
      'Lehrerinnen',
      'Lehrerverband',
      'Lehrerentlastung',
    ]);
    expect(hits('Der Datenschützerverband, die Steuererklärung, der Steuersatz')).toEqual([
      'Datenschützerverband',
      'Steuererklärung',
      'Steuersatz',
    ]);
  });
});

describe('a denied replacing (issue 11)', () => {
  const matcher = new PatternMatcher([
    { key: 'cuts', pattern: 'replace' },
    { key: 'cuts', pattern: 'ersetzen' },
    { key: 'cuts', pattern: 'ersetzt' },
  ]);
  const denied = (text: string) => matcher.findAllInText(text).map((hit) => hit.denied === true);

  it('marks a replacing denied before it in English, before or after it in German', () => {
    expect(denied('AI can’t replace workers')).toEqual([true]);
    expect(denied('no algorithm can replace the human staff')).toEqual([true]);
    expect(denied('rather than replace workers, AI helps them')).toEqual([true]);
    expect(denied('KI kann Menschen nicht ersetzen')).toEqual([true]);
    expect(denied('KI ersetzt die Mitarbeiter nicht')).toEqual([true]);
    expect(denied('Kein Roboter ersetzt den Menschen')).toEqual([true]);
  });

  it('does not mark a replacing that is said, nor one that "not only" widens', () => {
    expect(denied('AI will replace 500 jobs')).toEqual([false]);
    expect(denied('AT&T replaces workers with AI')).toEqual([false]);
    expect(denied('AI will not only replace workers')).toEqual([false]);
    expect(denied('KI ersetzt nicht nur Mitarbeiter im Büro')).toEqual([false]);
    expect(denied('AI will replace workers, not managers')).toEqual([false]);
  });

  const found = (text: string) => matcher.findAllInText(text).length > 0;

  it("reads a trade's people as replaced where they are the verb's object (NamesakeRule.objectSense)", () => {
    expect(found('AI will replace mid-level software engineers')).toBe(true);
    expect(found('Der Verlag ersetzt Übersetzerinnen durch KI')).toBe(true);
    expect(found('KI wird Tausende Buchhalter ersetzen')).toBe(true);
    expect(found('Translators replaced by AI')).toBe(true);
    expect(found('Übersetzer werden durch KI ersetzt.')).toBe(true);
  });

  it("does not read a trade's people who replace something, nor one replaced in the object's clause apart", () => {
    expect(found('Engineers replace the faulty sensor')).toBe(false);
    expect(found('Developers must replace the deprecated API')).toBe(false);
    expect(found('Die Entwickler ersetzen die alte Bibliothek durch ein Modell')).toBe(false);
    expect(found('The board will replace the chief executive, engineers said')).toBe(false);
  });

  it("reads a trade after the verb only where its clause ends or the replacing's agent, time, place or a second trade follows", () => {
    expect(found('AI could replace translators within five years')).toBe(true);
    expect(found('KI ersetzt Übersetzer und Dolmetscher')).toBe(true);
    expect(found('Der Verlag ersetzt Grafiker mit KI-Bildgeneratoren')).toBe(true);
    // A relative clause without "that", a following subordinate clause, German inversion (the subject after
    // the verb).
    expect(found('Apple to replace the API developers use')).toBe(false);
    expect(found('Boeing to replace parts after engineers found cracks')).toBe(false);
    expect(found('Heute ersetzen Entwickler die alte Bibliothek')).toBe(false);
  });

  it('reads a trade before the verb only with a passive between or after, not a subject before an object', () => {
    expect(found('Software engineers are being replaced with AI agents')).toBe(true);
    expect(found('Translators will be replaced by machines')).toBe(true);
    expect(found('Kassiererinnen sollen durch KI-Kassen ersetzt werden.')).toBe(true);
    // A subject before an infinitive at its clause's end, an active "replaced X with Y" in a relative clause.
    expect(found('The manual tells engineers which cables to replace.')).toBe(false);
    expect(found('The cables engineers replaced with carbon fibre')).toBe(false);
    // The German perfect and the subordinate clause, their subject first.
    expect(found('Die Entwickler haben sie durch ein KI-Modell ersetzt.')).toBe(false);
    expect(found('Der Künstler hat das Werk ersetzt.')).toBe(false);
    expect(found('Das dauert, weil die Entwickler die alte Engine ersetzen.')).toBe(false);
  });

  it("reads a German trade as its own word in the plural of either gender, not a compound's start nor a singular", () => {
    expect(found('KI ersetzt Übersetzerinnen und Übersetzer')).toBe(true);
    expect(found('KI ersetzt Ingenieure und Redakteure.')).toBe(true);
    expect(found('Microsoft ersetzt Entwicklerportal und Entwicklerforen')).toBe(false);
    expect(found('Die Norm ersetzt Ingenieurrichtlinie.')).toBe(false);
    expect(found('Ein KI-Tool ersetzt den Ingenieur.')).toBe(false);
    expect(found('Das Programm ersetzt die Redakteurin.')).toBe(false);
  });
});

describe('endings by the language of the sentence (Endings)', () => {
  const lexicon = new PatternMatcher([
    { key: 'device', pattern: 'smart' },
    { key: 'model', pattern: 'large language model' },
    { key: 'retail', pattern: 'retail' },
    { key: 'release', pattern: 'install' },
    { key: 'car', pattern: 'Audi' },
    { key: 'warehouse', pattern: 'warehouse work' },
    { key: 'power', pattern: 'federal trade commission' },
    { key: 'cuts', pattern: 'take their jobs' },
    { key: 'cuts', pattern: 'staff' },
    { key: 'tracking', pattern: 'canvas fingerprint' },
    { key: 'gig', pattern: 'crowdwork' },
    { key: 'warehouse', pattern: 'lagerarbeit' },
  ]);
  const found = (text: string) => lexicon.findAllInText(text).map((hit) => hit.surface);

  it("gives an English sentence's words English endings only", () => {
    // German's endings make other English words of them: a comparative, a superlative, a verb, a noun.
    expect(found('The Smarter Living newsletter is smarter than the one of the Times.')).toEqual([]);
    expect(found('It is the largest language model of them all, and they smarten it up.')).toEqual([]);
    expect(found('The installation of the app is an audit of your phone.')).toEqual([]);
    expect(found('The retailer has a smart plug, and it is installed with two smart bulbs.')).toEqual([
      'smart',
      'installed',
      'smart',
    ]);
  });

  it('reads the plural and the participle of an English sentence, and the one who does what a phrase ends in', () => {
    expect(
      found(
        'A warehouse worker told the Federal Trade Commissioner that AI has taken their jobs and that of 300 staffers.',
      ),
    ).toEqual(['warehouse worker', 'Federal Trade Commissioner', 'taken their jobs', 'staffers']);
    expect(found('This is how the canvas fingerprinters track you on the web.')).toEqual([
      'canvas fingerprinters',
    ]);
  });

  it('gives the first word of a phrase no "-er" of the one who does it', () => {
    const harvest = new PatternMatcher([{ key: 'data', pattern: 'harvest data' }]);
    expect(
      harvest.findAllInText(
        'The combine harvester data shows that the wheat yields of the farm were a record.',
      ),
    ).toEqual([]);
    expect(harvest.findAllInText('The apps harvest data of their users.').map((hit) => hit.surface)).toEqual([
      'harvest data',
    ]);
  });

  it('reads the one who does it of a long word, where a comparative is made of short ones', () => {
    expect(found('A crowdworker on the platform is paid less than the crowdworkers of the app.')).toEqual([
      'crowdworker',
      'crowdworkers',
    ]);
  });

  it('gives an English quote in a German sentence German endings', () => {
    // One sentence: the comma does not end it, and the quote's English words outnumber the German ones.
    expect(
      found(
        '„We are not robots, we are human beings and we deserve respect“, sagten die Lagerarbeitern in Leipzig. Die Gewerkschaft hat zum Streik aufgerufen, und er soll auch in der nächsten Woche noch nicht enden.',
      ),
    ).toEqual(['Lagerarbeitern']);
  });

  it("gives a German sentence's words German endings, also in an English text", () => {
    expect(found('Das ist ein smarter Lautsprecher, und die smarte Lampe ist nicht neu.')).toEqual([
      'smarter',
      'smarte',
    ]);
    expect(
      found('The shop sells it to all of them. Der smarte Rauchmelder ist mit der App verbunden.'),
    ).toEqual(['smarte']);
  });

  it('gives a text of no language told the endings of both', () => {
    expect(found('Smarter Rauchmelder mit App')).toEqual(['Smarter']);
    expect(found('Smarter Living')).toEqual(['Smarter']);
  });
});

describe('a denied phrase (issue 11)', () => {
  const matcher = new PatternMatcher([
    { key: 'cuts', pattern: 'affect jobs' },
    { key: 'cuts', pattern: 'impact on jobs' },
  ]);
  const read = (text: string) => matcher.findAllInText(text).map((hit) => hit.surface);

  it('does not read a phrase headed by a deniable word where it is denied, in any of its forms', () => {
    expect(read("AI won't affect jobs")).toEqual([]);
    expect(read('the rollout would not affect jobs')).toEqual([]);
    expect(read('it boosts output without affecting jobs')).toEqual([]);
    expect(read('Without doubt, AI affects jobs in banking')).toEqual(['affects jobs']);
    expect(read('AI is already affecting jobs')).toEqual(['affecting jobs']);
    expect(read('AI will not only affect jobs')).toEqual(['affect jobs']);
  });

  it('takes no denial from another sentence, nor for a phrase headed by a word that has none', () => {
    expect(read('Will robots take over? No. AI will affect jobs in offices most.')).toEqual(['affect jobs']);
    expect(read('There is no denying the impact on jobs.')).toEqual(['impact on jobs']);
  });
});

describe('data handling a company denies (Concept.deniedBy, issue 11)', () => {
  const matcher = new PatternMatcher(
    [
      'user data',
      'customer data',
      'sell customer data',
      'personal information',
      'personal data',
      'kundendaten',
      'nutzerdaten',
      'standortdaten',
      'datenweitergabe',
      'data collection',
    ].map((pattern) => ({ key: 'data', pattern, deniedBy: DATA_HANDLING_DENIED })),
  );
  const read = (text: string) =>
    matcher
      .findAllInText(text)
      .filter((hit) => hit.denied !== true)
      .map((hit) => hit.surface);

  it('marks the data denied where the sentence denies handling them, in both languages', () => {
    expect(read('"We do not use user data," the CEO said.')).toEqual([]);
    expect(read('The bank does not sell customer data.')).toEqual([]);
    expect(read('The office has never sold personal information.')).toEqual([]);
    expect(read("We don't sell or share personal data.")).toEqual([]);
    expect(read('No user data is sold to advertisers.')).toEqual([]);
    expect(read('Die Sparkasse verkauft keine Kundendaten.')).toEqual([]);
    expect(read('Der Anbieter gibt keine Nutzerdaten an Dritte weiter.')).toEqual([]);
    expect(read('Wir verkaufen weder Nutzerdaten noch Metadaten.')).toEqual([]);
    expect(read('Kundendaten würden nicht für Werbung genutzt.')).toEqual([]);
    expect(read('Die App nutzt die Standortdaten nicht.')).toEqual([]);
  });

  it('does not mark them where the negation is the accusation, widens, asks or denies another verb', () => {
    expect(read('The app shared user data without their consent.')).toEqual(['user data']);
    expect(read("Drivers can't stop the data collection.")).toEqual(['data collection']);
    expect(read('Users cannot opt out of the data collection.')).toEqual(['data collection']);
    expect(read('The app does not only sell customer data.')).toEqual([
      'sell customer data',
      'customer data',
    ]);
    expect(read("Why doesn't the maker tell users it sells personal data?")).toEqual(['personal data']);
    expect(read('It did not encrypt the customer data.')).toEqual(['customer data']);
    expect(read('It does not sell it but shares customer data.')).toEqual(['customer data']);
    expect(read('Der Händler gab Kundendaten ohne Einwilligung weiter.')).toEqual(['Kundendaten']);
    expect(read('Kunden können der Datenweitergabe nicht widersprechen.')).toEqual(['Datenweitergabe']);
    expect(read('Es gibt keine Möglichkeit, der Datenweitergabe zu widersprechen.')).toEqual([
      'Datenweitergabe',
    ]);
    expect(read('Die App sammelt nicht nur Standortdaten.')).toEqual(['Standortdaten']);
    expect(read('Die App sammelt Standortdaten und fragt nicht.')).toEqual(['Standortdaten']);
    expect(read('You have the right to tell companies not to sell personal information.')).toEqual([
      'personal information',
    ]);
    expect(read('Nutzer können verlangen, keine Kundendaten zu verkaufen.')).toEqual(['Kundendaten']);
    expect(read('Nutzer werden nicht gefragt, bevor Standortdaten verkauft werden.')).toEqual([
      'Standortdaten',
    ]);
    // Stopped after an outcry is what it did (review): "no longer", "nicht mehr".
    expect(read('The broker no longer sells customer data.')).toEqual([
      'sells customer data',
      'customer data',
    ]);
    expect(read('Die App verkauft die Standortdaten nicht mehr.')).toEqual(['Standortdaten']);
    // "Sammlung" is the noun, not the verb the negation denies (review).
    expect(read('Die Sammlung von Standortdaten ist nicht zu stoppen.')).toEqual(['Standortdaten']);
  });

  it('reads a verb inside the denied words only where they stand right by the negation (review)', () => {
    const tracking = new PatternMatcher([
      { key: 'data', pattern: 'tracking', deniedBy: DATA_HANDLING_DENIED },
      { key: 'data', pattern: 'tracking cookies', deniedBy: DATA_HANDLING_DENIED },
    ]);
    const kept = (text: string) =>
      tracking
        .findAllInText(text)
        .filter((hit) => hit.denied !== true)
        .map((hit) => hit.surface);
    expect(kept('Users could not stop tracking.')).toEqual(['tracking']);
    expect(kept('The browser does not block tracking cookies.')).toEqual(['tracking', 'tracking cookies']);
    expect(read('The bank does not sell customer data.')).toEqual([]);
  });

  it('marks the data denied where English says the negation after them, and German reported speech', () => {
    expect(read('Customer data was not sold, the bank said.')).toEqual([]);
    expect(read('Sie nutze keine Kundendaten, gebe keine Nutzerdaten weiter.')).toEqual([]);
  });

  it('does not mark the data said after the denial that the report contradicts', () => {
    expect(
      read(
        'The retailer says it does not sell customer data. But it shares customer data with 200 partners.',
      ),
    ).toEqual(['customer data']);
  });
});

describe('German words for people in their feminine', () => {
  const people = new PatternMatcher([
    { key: 'customer', pattern: 'kunde' },
    { key: 'customer-data', pattern: 'kundendaten' },
    { key: 'user-data', pattern: 'nutzerdaten' },
    { key: 'user-activity', pattern: 'nutzeraktivitat' },
    { key: 'messenger', pattern: '*paketbote' },
    { key: 'begin', pattern: 'begehren' },
    { key: 'spend', pattern: 'spenden' },
  ]);
  const found = (text: string) => people.findAllInText(text).map((hit) => [hit.key, hit.surface]);

  it('reads the feminine that replaces the final -e, alone and in a compound', () => {
    expect(found('Die Kundin und drei Kundinnen')).toEqual([
      ['customer', 'Kundin'],
      ['customer', 'Kundinnen'],
    ]);
    expect(found('Kundinnendaten, Nutzerinnendaten und Nutzerinnenaktivitäten')).toEqual([
      ['customer-data', 'Kundinnendaten'],
      ['user-data', 'Nutzerinnendaten'],
      ['user-activity', 'Nutzerinnenaktivitäten'],
    ]);
    expect(found('Kund*innendaten der KundInnen, die Paketbot*innen')).toEqual([
      ['customer-data', 'Kund*innendaten'],
      ['customer', 'KundInnen'],
      ['messenger', 'Paketbot*innen'],
    ]);
  });

  it('reads the feminine of a compound head written without the gender mark', () => {
    expect(found('Die Paketbotin und zwei Paketbotinnen')).toEqual([
      ['messenger', 'Paketbotin'],
      ['messenger', 'Paketbotinnen'],
    ]);
    expect(found('Die Paketbotschaft und ein Paketboot')).toEqual([]);
  });

  it('reads no other word that has "in" where the pattern word has its ending', () => {
    expect(found('Spinnen beginnen zu gewinnen; die Spinne, Spindeln und Kundgebungen')).toEqual([]);
    expect(found('The customer data of the Kundin was leaked')).toEqual([]);
  });

  it('reads a word back from its feminine once, however many times "in" follows', () => {
    expect(found(`Kund${'in'.repeat(5000)}`)).toEqual([]);
  });
});

describe('cuts said to be none (NO_CUTS_DE, NO_CUTS_EN)', () => {
  const matcher = new PatternMatcher([
    { key: 'cuts', pattern: 'stellenabbau' },
    { key: 'cuts', pattern: 'layoff' },
  ]);
  const denied = (text: string) => matcher.findAllInText(text).map((hit) => hit.denied === true);

  it('marks cuts denied by "ohne", "without", "keine" or "no" that no other negation cancels', () => {
    expect(denied('Telekom setzt auf KI – ohne Stellenabbau')).toEqual([true]);
    expect(denied('Bank rolls out AI assistants without layoffs')).toEqual([true]);
    expect(denied('Keine Angst, kein Stellenabbau')).toEqual([true]);
    // A negation in another clause cancels nothing.
    expect(denied('Die KI kommt ohne Stellenabbau, sagt der Vorstand, nicht ohne Schulung')).toEqual([true]);
    // A negation a limiter follows widens the denial instead of cancelling it.
    expect(denied('Nicht nur kein Stellenabbau: die Bank stellt ein')).toEqual([true]);
    expect(denied('Not only no layoffs: the bank is hiring')).toEqual([true]);
  });

  it('reads "ohne" and "without" that a negation anywhere in their clause cancels as cuts', () => {
    expect(denied('Ohne Stellenabbau geht es nicht')).toEqual([false]);
    expect(denied('Kaum ein Versicherer kommt ohne Stellenabbau aus')).toEqual([false]);
    expect(denied('AI won’t come without layoffs')).toEqual([false]);
    expect(denied("You can't have AI without layoffs")).toEqual([false]);
    expect(denied('Nicht ohne Stellenabbau')).toEqual([false]);
  });
});

describe('the other nouns and verbs of cuts said to be none', () => {
  const matcher = new PatternMatcher(
    ['job cuts', 'job loss', 'redundancies', 'kundigung', 'cut jobs', 'cost jobs'].map((pattern) => ({
      key: 'cuts',
      pattern,
    })),
  );
  /** The cuts read in a text, a denied one as "denied" (a single word is marked, a phrase not read). */
  const cuts = (text: string) =>
    matcher.findAllInText(text).map((hit) => (hit.denied === true ? 'denied' : hit.surface));

  it('does not read a phrase of cuts that a denial heads, and marks a noun denied', () => {
    expect(cuts('There would be no job losses because of the tool')).toEqual([]);
    expect(cuts('The council said there would be no job cuts as a result of the chatbot')).toEqual([]);
    expect(cuts('The insurer will not cut jobs as it brings in AI')).toEqual([]);
    expect(cuts("Velora says AI won't cost jobs")).toEqual([]);
    expect(cuts('The council ruled out redundancies')).toEqual(['denied']);
    expect(cuts('KI-Umbau ohne betriebsbedingte Kündigungen')).toEqual(['denied']);
  });

  it('reads the cuts said plainly, or denied twice', () => {
    expect(cuts('The bank announced job cuts; the losses grew')).toEqual(['job cuts']);
    expect(cuts('The insurer will cut jobs, not only in its call centres')).toEqual(['cut jobs']);
    expect(cuts('AI will not only cut jobs but also cost jobs')).toEqual(['cut jobs', 'cost jobs']);
    expect(cuts('The council did not rule out redundancies')).toEqual(['redundancies']);
    // A refusal to rule cuts out, and a negation of another clause before the verb, deny no cut.
    expect(cuts('The council refused to rule out redundancies')).toEqual(['redundancies']);
    expect(cuts('The bank declined to rule out redundancies')).toEqual(['redundancies']);
    expect(cuts('Fairmart, which did not comment further, cut jobs after deploying AI checkouts')).toEqual([
      'cut jobs',
    ]);
    expect(cuts('Die Bank kündigt 300 Kündigungen an')).toEqual(['Kündigungen']);
  });
});
