import type { DemoArticle } from '../types.ts';

export const sportArticles: DemoArticle[] = [
  {
    slug: 'athletic-edge-kestlewick-rovers-in-derby',
    section: 'sport',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 16.5,
    kicker: 'Match report',
    headline: 'Port Aldine Athletic edge Kestlewick Rovers with a header in the 89th minute',
    standfirst:
      'Dylan Trewin rose highest at a corner to settle a tense derby in front of a crowd of more than 7,000 ' +
      'at Quayside Park. The win lifts Athletic to fourth in the table.',
    hero: {
      image: 'stadium-lights',
      alt: 'A stylised illustration of a football stadium at night under bright floodlights, with a green pitch and packed stands',
      caption: 'Quayside Park was close to capacity for the first derby of the season',
    },
    tags: ['football'],
    authors: ['sofia-marques'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine Athletic beat Kestlewick Rovers 2–1 at Quayside Park last night, with the centre-back ' +
              'Dylan Trewin heading the winner from a corner in the 89th minute of a derby that had seemed to be ' +
              'drifting towards a draw. The win, Athletic’s fourth in five matches, lifts them to fourth in the ' +
              'league and leaves Rovers five points behind their neighbours.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Athletic began brightly and took the lead after eleven minutes, when Jordi Haskins turned sharply on ' +
              'the edge of the penalty area and curled a shot into the far corner. For the next half hour the home ' +
              'side were comfortably the better team, but they failed to add a second goal, and Rovers grew ' +
              'steadily into the match.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The equaliser came three minutes before half-time. Athletic’s goalkeeper, Sam Okafor-Bright, brought ' +
              'down the Rovers striker Liam Pascoe as he rounded him, and Pascoe picked himself up to score the ' +
              'resulting penalty. The second half was scrappy and bad-tempered, with five players booked, and both ' +
              'managers seemed resigned to sharing the points until the final minutes.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Trewin’s moment' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'With a minute of normal time remaining, Athletic won a corner on the right. Marcus Feeney’s delivery ' +
              'was whipped towards the penalty spot, and Trewin, who had not scored in more than a year, arrived ' +
              'unmarked to head it firmly past the goalkeeper. The celebrations in the home end lasted well into ' +
              'the five minutes of added time that followed.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'I don’t score many, so I’m not going to pretend I knew where it was going. I just shut my eyes and went for it.',
        attribution: 'Dylan Trewin, Port Aldine Athletic defender',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Athletic manager, Declan Moorcroft, said the win showed the character of his squad, but admitted ' +
              'that his side had been fortunate to avoid defeat after a poor spell either side of half-time. ' +
              'Rovers’ manager, Gavin Threlfall, was unhappy with the decision to award the corner, which he ' +
              'believed should have been a goal kick.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text: 'The attendance of 7,312 was the highest at Quayside Park for three years, a reminder of why the club is pressing ahead with its ',
          },
          { text: 'plans for a new North Stand', href: '/sport/quayside-park-north-stand-plans' },
          {
            text:
              '. Athletic are away at Tollbridge Town in their next match, while Rovers host the league leaders in ' +
              'what their manager described as a chance to “put tonight right”.',
          },
        ],
      },
    ],
  },
  {
    slug: 'tour-of-the-aldine-coast-to-finish-on-corrow-pass',
    section: 'sport',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 96,
    kicker: 'Cycling',
    headline: 'Tour of the Aldine Coast to finish at the summit of Corrow Pass for the first time',
    standfirst:
      'Next summer’s five-day race will end with a brutal 9km climb that organisers hope will decide the ' +
      'overall winner. Riders and residents of the upland villages have given the route a mixed reception.',
    hero: {
      image: 'mountain-pass',
      alt: 'A stylised illustration of a winding road climbing through steep hills towards a mountain pass',
      caption: 'The climb to Corrow Pass averages a gradient of just over seven per cent',
    },
    tags: ['cycling', 'tourism'],
    authors: ['sofia-marques'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Tour of the Aldine Coast will finish at the summit of Corrow Pass next summer, the race ' +
              'organisers have announced, in the first summit finish in the event’s fifteen-year history. The final ' +
              'stage will start in Port Aldine, follow the coast to Wenmere and then head inland through the Aldine ' +
              'valley before the 9km climb to the top of the pass.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The climb rises about 650 metres at an average gradient of just over seven per cent, with a steeper ' +
              'section of almost twelve per cent through the hairpins below the summit. It is well known to local ' +
              'cyclists, many of whom regard it as a rite of passage, but has never been used in a professional ' +
              'race because of the difficulty of closing the road.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Previous editions of the race have usually finished on the seafront in Port Aldine, where the final ' +
              'stage has tended to end in a bunch sprint. The organisers say they want the overall winner to be ' +
              'decided on the road rather than by time bonuses, and that a summit finish will also attract stronger ' +
              'climbers to a race that has struggled to draw the biggest names.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'We want people to remember who won the Tour of the Aldine Coast. Nobody ever forgets a winner on a mountain.',
        attribution: 'Hannah Rudd, race director',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The route has drawn a mixed response from the upland villages beyond the pass, which will be cut off ' +
              'for much of the day of the stage. The organisers say they will run a shuttle bus for residents and ' +
              'that the road will reopen within two hours of the last rider finishing. Some residents say they ' +
              'welcome the attention; others say they were not consulted before the route was announced.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { text: 'The pass road has been affected by landslips in recent years, and engineers are now testing a ' },
          { text: 'system of underground sensors', href: '/science/corrow-pass-landslip-sensors' },
          {
            text:
              ' designed to give early warning of ground movement. Race organisers say they will work closely with ' +
              'the highways team and that an alternative finish in the valley has been planned in case the road ' +
              'cannot be used.',
          },
        ],
      },
    ],
  },
  {
    slug: 'harbour-regatta-junior-rowing-surge',
    section: 'sport',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 200,
    kicker: 'Rowing',
    headline: 'Harbour regatta returns as rowing clubs report a surge in junior members',
    standfirst:
      'More than 400 rowers took part in the annual regatta on the inner harbour. Clubs say junior ' +
      'membership has doubled in three years, helped by a schools programme and some unlikely television.',
    hero: {
      image: 'harbour-dawn',
      alt: 'A stylised illustration of a harbour at dawn, with boats on calm water and cranes on the quay behind',
      caption: 'Racing on the inner harbour begins early, before the wind gets up',
    },
    tags: ['rowing', 'schools'],
    authors: ['sofia-marques'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'More than 400 rowers from eighteen clubs took part in the Port Aldine Harbour Regatta at the ' +
              'weekend, racing over 500 metres of the inner harbour between the Customs House and the old swing ' +
              'bridge. The weather was kind, with a light breeze and flat water for most of the day, and crowds ' +
              'lined the quay from the first race at eight until the last crews crossed the line shortly before ' +
              'dusk.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The biggest story of the day was the size of the junior events. Entries in the under-16 and under-18 ' +
              'categories were the highest in the regatta’s history, and the two Port Aldine clubs, the Port Aldine ' +
              'Amateur Rowing Club and Saltings Rowing Club, say their junior membership has roughly doubled in ' +
              'three years.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Club officials credit a programme, run with the council, that gives pupils at eight state secondary ' +
              'schools a term of free rowing lessons. Before it began, most junior rowers at the two clubs came ' +
              'from the city’s two independent schools. Now more than half come from state schools, including many ' +
              'from the Saltings and Northgate who had never been in a boat before.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'On the first day, most of them think it’s about strong arms. By the end of the first week, they’ve ' +
          'learned it’s about legs, timing and trusting the person in front of you.',
        attribution: 'Ade Fagbemi, head coach at Saltings Rowing Club',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Television may also have helped. Coaches say they noticed a jump in inquiries after a popular ' +
              'reality series filmed several episodes around rowing last year. “Some of them came for the cameras ' +
              'and stayed for the sport,” said one. “We’ll take that.”',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The clubs’ main concern now is capacity. Both are short of boats suitable for beginners, and ' +
              'Saltings Rowing Club’s boathouse, a converted warehouse on the harbour, is in need of a new roof. ' +
              'The clubs have applied jointly for funding from the national sports body and are holding a ' +
              'fundraising row around the harbour in the spring.',
          },
        ],
      },
    ],
  },
  {
    slug: 'quayside-park-north-stand-plans',
    section: 'sport',
    status: 'published',
    visibility: 'members',
    commentsMode: 'premoderated',
    publishedHoursAgo: 320,
    kicker: 'Stadium plans',
    headline: 'Athletic’s plan for a new Quayside Park stand clears the first planning hurdle',
    standfirst:
      'The club wants to replace its ageing North Stand terrace with a 4,000-seat structure, including a ' +
      'community sports hall. Neighbours in Dockside are worried about parking and matchday crowds.',
    hero: {
      image: 'stadium-lights',
      alt: 'A stylised illustration of a football stadium at night under bright floodlights, with a green pitch and stands',
      caption: 'The North Stand terrace has stood at Quayside Park since the 1950s',
    },
    tags: ['football', 'planning'],
    authors: ['sofia-marques', 'tomasz-wierzbicki'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine Athletic’s plans to rebuild the North Stand at Quayside Park have cleared their first ' +
              'hurdle, after the council’s planning officers concluded that the principle of redevelopment was ' +
              'acceptable. The club will now prepare a detailed planning application, which it expects to submit ' +
              'early next year.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The club wants to replace the existing terrace, a concrete structure built in the 1950s and partly ' +
              'closed for safety reasons last season, with a 4,000-seat stand. The new building would include a ' +
              'sports hall, changing rooms and classrooms at ground level, which the club says would be used by ' +
              'community groups and schools on every day that there is no match.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The project is expected to cost around £22m. The club says it will be funded by a combination of a ' +
              'loan from its owners, a grant it is seeking from the national football foundation and the sale of a ' +
              'small car park it owns on the other side of Quay Street, which would be redeveloped for housing.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Residents of the streets around Quayside Park say they support the club but are worried about the ' +
              'effects of larger crowds. Parking on matchdays is already difficult, and the loss of the club car ' +
              'park would make it worse. The Dockside Residents’ Association has asked for a residents’ parking ' +
              'scheme to be introduced before any new stand opens.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'We like having the club here. Most of us are fans. But on a Saturday afternoon you can’t get a car ' +
          'down these streets, and that is with a smaller crowd than they’re planning for.',
        attribution: 'Pat Gilchrist, secretary of the Dockside Residents’ Association',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The club says most of its supporters arrive on foot or by bus, and that it will fund extra buses ' +
              'from the station on matchdays. It has also offered to pay for a study of a residents’ parking ' +
              'scheme. The planning officers’ report says transport will be “a central issue” when the full ' +
              'application is assessed.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Supporters’ groups have welcomed the plans, which would increase the ground’s capacity to about ' +
              '11,000, although some have questioned whether the club’s owners are committed to keeping ticket ' +
              'prices affordable. The club has said that a section of the new stand will be reserved for ' +
              'reduced-price tickets for under-18s and season ticket holders from the Aldine Coast.',
          },
        ],
      },
    ],
  },
  {
    slug: 'athletic-women-reach-county-cup-final',
    section: 'sport',
    status: 'published',
    visibility: 'public',
    commentsMode: 'closed',
    publishedHoursAgo: 64,
    kicker: 'Women’s football',
    headline: 'Port Aldine Athletic Women reach the county cup final despite playing with ten',
    standfirst:
      'Athletic held on for almost an hour after a first-half red card to beat Harrowmouth Ladies 1–0 in ' +
      'the semi-final. They will meet the holders, Wenmere United, in the final in March.',
    hero: {
      image: 'stadium-lights',
      alt: 'A stylised illustration of a football stadium at night under bright floodlights, with a green pitch and stands',
      caption: 'The final will be played at Quayside Park',
    },
    tags: ['football'],
    authors: [],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine Athletic Women reached the final of the Aldine Coast County Cup last night, beating ' +
              'Harrowmouth Ladies 1–0 in a semi-final in which they played for almost an hour with ten players. ' +
              'Captain Bethan Crofts scored the only goal with a low shot from the edge of the area in the 24th ' +
              'minute.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The home side’s task became considerably harder ten minutes before half-time, when the defender ' +
              'Chloe Mbatha was sent off for a second yellow card after a mistimed tackle near the halfway line. ' +
              'Harrowmouth dominated possession for the rest of the match but created few clear chances against a ' +
              'well-organised Athletic defence.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The best of those chances fell to the Harrowmouth forward Tasha Greenway in the 78th minute, but her ' +
              'shot from close range was blocked by the Athletic goalkeeper, Lily Ashcroft, who was named player of ' +
              'the match. Harrowmouth also had a late header cleared off the line during five minutes of added ' +
              'time.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'We defended for our lives. I’m so proud of every single one of them. That is what this club is about.',
        attribution: 'Bethan Crofts, Port Aldine Athletic Women captain',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Athletic will face the holders, Wenmere United, in the final at Quayside Park in March. The two ' +
              'sides met in the league earlier this season, when Wenmere won 3–2. Mbatha will be available for the ' +
              'final, having served her one-match suspension in the intervening league fixture.',
          },
        ],
      },
    ],
  },
];
