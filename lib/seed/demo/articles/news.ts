import type { DemoArticle } from '../types.ts';

export const newsArticles: DemoArticle[] = [
  {
    slug: 'port-aldine-votes-on-harbour-bridge',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 20,
    updatedHoursAfter: 3,
    kicker: 'Harbour bridge',
    headline: 'Port Aldine council backs £412m harbour bridge after a nine-hour debate',
    standfirst:
      'Councillors voted 33 to 29 to approve a fixed crossing over the Narrows, ending a decade of ' +
      'argument. The plan now needs government money, and the toll question is far from settled.',
    hero: {
      image: 'city-hall',
      alt: 'A stylised illustration of a stone civic building with a clock tower and steps leading up to tall doors',
      caption: 'Port Aldine City Hall, where the public gallery was full for the whole of the debate',
    },
    tags: ['harbour', 'transport', 'planning'],
    authors: ['tomasz-wierzbicki', 'anjali-rao'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine City Council voted by 33 to 29 last night to build a bridge across the Narrows, the ' +
              '600-metre stretch of water that separates the Old Town from Kestle Point. The decision, taken ' +
              'shortly before midnight after a debate that began at three in the afternoon, commits the council to ' +
              'submitting a full business case for the £412m crossing to government in the spring.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The bridge would carry two traffic lanes, a bus lane and a segregated path for walking and cycling, ' +
              'with a lifting section in the middle so that ships can still reach the inner harbour. Supporters say ' +
              'it would cut journeys between the two halves of the city from up to forty minutes to under ten, and ' +
              'end the isolation of Kestle Point on the days when high winds stop the ferry.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'How the vote split' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Civic Alliance, which runs the council, voted largely in favour, although two of its members ' +
              'voted against and one abstained. The three Harbour Independents and one member of the Progress group ' +
              'backed the plan, the independents after winning a promise that pedestrians, cyclists and buses would ' +
              'never pay a toll. The Aldine Greens voted against as a group, arguing that the money would be better ' +
              'spent on the ',
          },
          { text: '“ferry-first” alternative', href: '/politics/harbour-bridge-vote-what-councillors-must-decide' },
          { text: ' set out by council officers last year.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Opening the debate, the council leader, Bernadette Quayle, said the city had “talked about this ' +
              'crossing for longer than some of our newest councillors have been alive”. She told the chamber that ' +
              'Kestle Point’s 40,000 residents had waited long enough for a reliable link to the hospital, the ' +
              'station and the city centre.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'We are not choosing between a bridge and the ferry. We are choosing whether half of this city keeps ' +
          'relying on a crossing that closes forty days a year.',
        attribution: 'Bernadette Quayle, leader of Port Aldine City Council',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The leader of the Greens, Idris Pengelly, said the council was “betting the city’s finances on a ' +
              'grant it has not yet been offered”. Of the £412m cost, £260m is expected to come from the ' +
              'government’s Coastal Connectivity Fund and £95m from the Aldine Coast Combined Authority. The ' +
              'remaining £57m would be borrowed by the council and repaid from a toll on private cars, which ' +
              'officers have modelled at £1.50 a crossing.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Residents who spoke during the public session were divided almost evenly. Several Kestle Point ' +
              'parents described missed hospital appointments and late-night waits at the ferry slipway; owners of ' +
              'businesses on the Old Town quay warned of years of construction traffic. The Harbour Board said it ' +
              'was satisfied that the lifting span would keep the inner docks open, but asked for a binding limit ' +
              'on closures during the busiest months.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'If the business case is approved, construction could begin within three years and would take about ' +
              'four. The council has promised that the existing ferry, whose ',
          },
          { text: 'new winter timetable', href: '/news/harbour-ferry-timetable-changes' },
          {
            text:
              ' starts on Monday, will run until the day the bridge opens. This article was updated after the final ' +
              'vote to include the division figures and the council leader’s closing remarks.',
          },
        ],
      },
    ],
  },
  {
    slug: 'harbour-ferry-timetable-changes',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 22,
    headline: 'Harbour ferry switches to its winter timetable from Monday',
    tags: [],
    authors: [],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Narrows ferry between the Old Town slipway and Kestle Point will move to its winter timetable ' +
              'from Monday, the Aldine Coast Combined Authority has confirmed. Crossings will run every fifteen ' +
              'minutes between 6am and 8pm and every thirty minutes until 11.30pm, with the first Sunday departure ' +
              'moving from 7am to 8am.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The operator said the changes were the same as last year’s and reflected lower passenger numbers ' +
              'between November and March. Services may still be suspended at short notice when wind speeds in the ' +
              'Narrows exceed forty knots; passengers are advised to check the live departures board at either ' +
              'slipway or the authority’s travel pages before setting out.',
          },
        ],
      },
    ],
  },
  {
    slug: 'northgate-tower-lifts-out-of-action',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'premoderated',
    publishedHoursAgo: 5.5,
    kicker: 'Housing',
    headline: 'Northgate tower residents face a third week without a working lift',
    standfirst:
      'Both lifts at Cormorant House have been out of action since the start of the month. Tenants on the ' +
      'upper floors say they are struggling to get shopping, prams and medicines up eighteen flights of ' +
      'stairs.',
    hero: {
      image: 'skyline-night',
      alt: 'A stylised city skyline at night, with tower blocks and lit windows against a dark blue sky',
      caption: 'Cormorant House is one of four council-owned towers in Northgate',
    },
    tags: ['housing', 'health'],
    authors: ['kwame-mensah'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Residents of Cormorant House, an eighteen-storey council tower in Northgate, are facing a third week ' +
              'without a working lift after a replacement part was delayed by the manufacturer. Both of the ' +
              'building’s lifts failed within two days of each other at the start of the month, leaving around 230 ' +
              'households reliant on the stairs.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine Homes, the council-owned company that manages the building, said engineers had ' +
              'identified a fault in the control equipment that is common to both lifts. A replacement circuit ' +
              'board has been ordered, but the supplier has told the company that it cannot guarantee delivery ' +
              'before the end of next week.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For many residents the practical consequences have been severe. Marion Keast, who is 81 and lives on ' +
              'the fourteenth floor, said she had not left her flat for twelve days. “My neighbours bring me bread ' +
              'and milk, and they are very good, but I had a hospital appointment last Thursday and I simply ' +
              'couldn’t get down,” she said.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Nobody is pretending this is acceptable. We are doing what we can with the people we have, and we ' +
          'will keep doing it until the lifts are back.',
        attribution: 'A spokesperson for Port Aldine Homes',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The company has hired six porters who work in shifts between 8am and 10pm, carrying shopping, ' +
              'prescriptions and heavy items for anyone who asks. It has also offered temporary rooms in a nearby ' +
              'hotel to residents with mobility problems, although only nine households have accepted, with several ' +
              'saying they did not want to leave their homes or pets.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tenants’ representatives say the breakdown is part of a longer pattern. The Cormorant House ' +
              'residents’ association has logged 31 lift failures in the past two years, most of them fixed within ' +
              'a day. Its chair, Dev Raman, said the lifts were installed in 1998 and were “well past the point ' +
              'where patching them up makes sense”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine Homes said both lifts were due for full replacement in the next financial year as part ' +
              'of a £14m programme covering all four Northgate towers. Councillors on the housing scrutiny ' +
              'committee have asked for that work to be brought forward, and are expected to question the company’s ' +
              'chief executive at their next meeting.',
          },
        ],
      },
    ],
  },
  {
    slug: 'kayakers-rescued-off-carrick-sands',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 0.5,
    kicker: 'Coastguard',
    headline: 'Two kayakers rescued off Carrick Sands after being swept out by strong winds',
    standfirst:
      'The pair were spotted clinging to an upturned kayak about a mile offshore. The coastguard has ' +
      'renewed its warning about offshore winds, which can make the sea look calmer than it is.',
    hero: {
      image: 'coastline-storm',
      alt: 'A stylised illustration of waves breaking against a rocky shoreline under dark storm clouds',
      caption: 'Conditions off Carrick Sands can change quickly when the wind turns offshore',
    },
    tags: ['weather'],
    authors: [],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Two kayakers were rescued off Carrick Sands this afternoon after strong winds pushed them around a ' +
              'mile out to sea. The pair, a man and a woman in their thirties, were seen clinging to an upturned ' +
              'double kayak by a walker on the cliff path, who called the emergency services shortly after 2pm.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Saltby lifeboat reached them within twenty minutes and brought them back to shore, where they ' +
              'were checked by paramedics. Both were described as cold and shaken but otherwise unhurt, and neither ' +
              'needed to be taken to hospital. The coastguard said both had been wearing buoyancy aids, which it ' +
              'said had very probably saved their lives.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The rescue came on a day when winds along the Aldine Coast were blowing from the east at up to 35 ' +
              'miles an hour. On Carrick Sands, which faces west, an offshore wind flattens the water close to the ' +
              'beach and can make conditions look inviting, even as it pushes anything floating steadily away from ' +
              'land.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'An offshore wind is the one that catches people out. It feels sheltered on the beach, and by the ' +
          'time you realise how far you’ve drifted, paddling back is no longer possible.',
        attribution: 'A spokesperson for the Aldine Coast coastguard',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The coastguard advised anyone going out on the water to check the forecast for wind direction as ' +
              'well as speed, to carry a way of calling for help in a waterproof pouch, and to tell someone on ' +
              'shore when they expected to be back. In an emergency at sea or on the coast, the advice is to call ' +
              '999 and ask for the coastguard.',
          },
        ],
      },
    ],
  },
  {
    slug: 'infirmary-opens-overnight-urgent-care-unit',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 31,
    updatedHoursAfter: 2,
    kicker: 'Winter pressures',
    headline: 'Aldine General Infirmary opens an overnight urgent care unit to ease A&E queues',
    standfirst:
      'The new unit will treat minor injuries and illnesses between 8pm and 8am, when waits in the ' +
      'emergency department are longest. Staff say it could take a quarter of night-time patients out of ' +
      'A&E.',
    hero: {
      image: 'hospital-ward',
      alt: 'A stylised illustration of a bright hospital ward with beds, curtains and a nurse’s station',
      caption: 'The unit has been built in a former outpatient wing next to the emergency department',
    },
    tags: ['health'],
    authors: ['kwame-mensah'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine General Infirmary has opened an overnight urgent treatment centre alongside its emergency ' +
              'department, in an effort to cut the long waits that have become routine for patients arriving after ' +
              'dark. The unit will see people with sprains, minor burns, cuts, infections and other problems that ' +
              'need prompt attention but are not life-threatening.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Until now, the infirmary’s urgent care service has closed at 8pm, sending anyone who arrives later ' +
              'into the main emergency department. Figures published by the Aldine Coast Health Trust show that the ' +
              'average wait in A&E between midnight and 6am was more than six hours last winter, with the longest ' +
              'waits often experienced by patients with the least serious conditions.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'A separate front door' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Patients will still arrive at the same entrance, where a senior nurse will assess them and direct ' +
              'them either to the emergency department or to the new unit. The trust’s chief nurse, Yvonne ' +
              'Achterberg, said the aim was to stop people with minor injuries “sitting for hours in a waiting room ' +
              'designed for people having heart attacks”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The unit will be staffed by emergency nurse practitioners and a GP, with four treatment bays and a ' +
              'small waiting area. It has been built in a former outpatient wing at a cost of £2.3m, most of it ' +
              'from a national fund for winter capacity. The trust expects it to treat around 60 patients a night.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Some staff have raised concerns about whether the unit can be fully staffed through the winter. The ' +
              'local branch of the nurses’ union said it welcomed the investment but that the trust had filled only ' +
              'two thirds of the posts permanently, with the rest covered by agency staff. The trust said ' +
              'recruitment was continuing and that no shifts had yet been left uncovered.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The trust is still asking people to call the 111 advice line before travelling to hospital with a ' +
              'minor problem, and to keep the emergency department for serious illness and injury. This article was ' +
              'updated to include the response from the nurses’ union.',
          },
        ],
      },
    ],
  },
  {
    slug: 'breakfast-clubs-every-primary-school',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 52,
    kicker: 'Schools',
    headline: 'Free breakfast clubs to be offered at every primary school in Port Aldine',
    standfirst:
      'The council will extend its breakfast scheme from 22 schools to all 58 by September. Head teachers ' +
      'welcome the move but warn that space and staffing will be tight in the smallest schools.',
    hero: {
      image: 'school-yard',
      alt: 'A stylised illustration of a school playground with children, a climbing frame and a brick school building',
      caption: 'Schools that already run a breakfast club report better attendance in the first lesson of the day',
    },
    tags: ['schools', 'budget'],
    authors: ['kwame-mensah'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Every state primary school in Port Aldine will be able to offer a free breakfast club from ' +
              'September, after the council agreed to extend a scheme that currently runs in 22 schools. The clubs ' +
              'open at 8am and offer cereal, toast, fruit and milk, along with half an hour of supervised play ' +
              'before lessons begin.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The expansion will cost £1.9m a year, paid for from the council’s public health budget and a ' +
              'contribution from the Aldine Coast Community Foundation. The council’s cabinet member for children, ' +
              'Leena Chowdhury, said the scheme was one of the few things the council could do that made “a visible ' +
              'difference to children on the same morning”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Schools that already run clubs say the benefits go beyond food. At Marram Hill Primary, which ' +
              'started its club three years ago, the head teacher, Gareth Pollard, said that attendance at the ' +
              'start of the day had risen and that children arrived in class calmer. “You notice it most in the ' +
              'first lesson. Nobody is trying to learn phonics on an empty stomach,” he said.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'It is not only about breakfast. For some families it is the thing that makes it possible to get to work on time.',
        attribution: 'Leena Chowdhury, cabinet member for children',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Not every school will find it easy. Heads of several small village schools on the edge of the city ' +
              'said they had neither a spare room nor the staff to supervise forty children before the school day. ' +
              'The council has set aside £300,000 to help with equipment and has said schools will be able to share ' +
              'staff through their local cluster.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Parents will not have to prove that they are on a low income to take part, a decision that the ' +
              'council said was deliberate. Evidence from the existing clubs suggested that means-testing put off ' +
              'many of the families who would benefit most, and that a universal offer removed the stigma some ' +
              'children felt about attending.',
          },
        ],
      },
    ],
  },
  {
    slug: 'sunday-trains-return-to-harrowmouth',
    section: 'news',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 76,
    kicker: 'Rail',
    headline: 'Direct Sunday trains between Port Aldine and Harrowmouth to return next month',
    standfirst:
      'Coastline Rail will restore an hourly Sunday service on the coast line for the first time in four ' +
      'years. Passenger groups say it is overdue, and want evening trains to follow.',
    hero: {
      image: 'rail-station',
      alt: 'A stylised illustration of a railway station with a canopy over the platform and a train waiting',
      caption: 'Sunday passengers to Harrowmouth have had to change at Wenmere since the direct service was cut',
    },
    tags: ['transport', 'tourism'],
    authors: ['tomasz-wierzbicki'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Direct Sunday trains between Port Aldine and Harrowmouth will return next month, four years after ' +
              'they were withdrawn during a shortage of drivers. Coastline Rail said the restored service would run ' +
              'hourly between 9am and 7pm, calling at Saltby, Wenmere and Fennick Bay, and would cut the Sunday ' +
              'journey time by around twenty minutes.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Since the direct trains were cut, Sunday passengers have had to change at Wenmere, often with a long ' +
              'wait on an unstaffed platform. The Aldine Coast Rail Users’ Group said that many people had simply ' +
              'stopped travelling, and that Sunday ticket sales on the line had fallen by almost a third since the ' +
              'change.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Coastline Rail said the return of the service had been made possible by the recruitment of 24 new ' +
              'drivers over the past eighteen months, and by an agreement with the unions that makes Sunday working ' +
              'part of the normal week rather than voluntary overtime. The company said it expected that agreement ' +
              'to make the timetable more reliable.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Evening gap remains' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Passenger groups welcomed the change but said the last train back from Harrowmouth, at 7pm, was too ' +
              'early for people working in the town’s hotels and restaurants. The users’ group has asked for two ' +
              'later departures to be added. Coastline Rail said it would review demand after six months.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tourism businesses in Harrowmouth and Fennick Bay said the restored trains could make a real ' +
              'difference to day visitors during the quieter months. The chair of the Harrowmouth Traders’ ' +
              'Association, Alison Penrose, said Sunday had become “the day the town is cut off”, and that she ' +
              'hoped the service would be extended into the evenings in time for next summer.',
          },
        ],
      },
    ],
  },
  {
    slug: 'harbour-board-chief-executive-to-step-down',
    section: 'news',
    status: 'unpublished',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 40,
    kicker: 'Harbour Board',
    headline: 'Harbour Board chief executive to step down after eleven years in the role',
    standfirst:
      'Patrick Dunmore, who oversaw the expansion of the container terminal, will leave next summer. The ' +
      'board says a search for his successor will begin in the new year.',
    hero: {
      image: 'harbour-dawn',
      alt: 'A stylised illustration of a harbour at dawn, with fishing boats at their moorings and cranes on the quay behind',
      caption: 'The container terminal has doubled its capacity during Patrick Dunmore’s time in charge',
    },
    tags: ['harbour', 'jobs'],
    authors: ['tomasz-wierzbicki'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The chief executive of the Aldine Harbour Board, Patrick Dunmore, is to step down next summer after ' +
              'eleven years in charge of the port. Mr Dunmore, 63, told staff in an email that he wanted to leave ' +
              'once the final phase of the container terminal expansion was complete, and that he had “no plans ' +
              'beyond spending more time on the water and less time in meetings”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'During his time at the board, the number of containers handled at Port Aldine has almost doubled, ' +
              'and the port has become one of the main bases for maintenance of the offshore wind farms along the ' +
              'Aldine Coast. He also led the board’s negotiations with the council over the proposed harbour ' +
              'bridge, including the design of its lifting span.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'His tenure has not been without controversy. The closure of the old timber wharf in his second year ' +
              'led to a long dispute with the dockers’ union, and residents of the Saltings have complained for ' +
              'years about night-time noise from the terminal. The board said both issues would be matters for his ' +
              'successor.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'Patrick leaves a port that is busier, safer and better prepared for the next thirty years than the one he inherited.',
        attribution: 'Harriet Vosper, chair of the Aldine Harbour Board',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The board said a recruitment process would begin in the new year and that Mr Dunmore would stay in ' +
              'post until a successor was appointed. It expects to make an appointment by the spring, and has said ' +
              'that candidates with experience of offshore energy will be strongly encouraged to apply.',
          },
        ],
      },
    ],
  },
];
