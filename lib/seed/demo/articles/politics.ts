import type { DemoArticle } from '../types.ts';

export const politicsArticles: DemoArticle[] = [
  {
    slug: 'harbour-bridge-vote-what-councillors-must-decide',
    section: 'politics',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 58,
    kicker: 'Harbour bridge',
    headline: 'Harbour bridge vote: what councillors are being asked to decide this week',
    standfirst:
      'After ten years of studies and consultations, the council will choose between a £412m bridge over ' +
      'the Narrows and a cheaper plan built around the ferry. Here is what each option would mean.',
    hero: {
      image: 'harbour-dawn',
      alt: 'A stylised illustration of a harbour at dawn, with fishing boats at their moorings and cranes on the quay behind',
      caption: 'The Narrows, seen from the Old Town quay; the bridge would land just north of the ferry slipway',
    },
    tags: ['harbour', 'planning', 'budget'],
    authors: ['anjali-rao'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine’s councillors will this week take the biggest decision most of them will face in their ' +
              'time in office. The full council meeting will vote on whether to submit a business case for a bridge ' +
              'across the Narrows, the channel that divides the Old Town from Kestle Point, or to pursue a cheaper ' +
              'alternative based on an expanded ferry service.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The question is not new. A fixed crossing was first proposed in the 1960s and has been studied, ' +
              'costed and shelved at least four times since. What is different now is that the government’s Coastal ' +
              'Connectivity Fund has invited bids for large transport schemes in coastal towns, and council ' +
              'officers believe the bridge has a realistic chance of winning one.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'The options on the table' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Officers have set out three choices in a 140-page report to councillors, which has been published on ' +
              'the council’s website alongside the traffic modelling, the environmental assessment and a summary of ' +
              'the public consultation, to which more than 6,000 people responded. In summary, the options are:',
          },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            {
              text:
                'A bridge with a lifting span, costing £412m, carrying traffic, buses, pedestrians and cyclists, with ' +
                'a £1.50 toll for private cars.',
            },
          ],
          [
            { text: 'A “ferry-first” plan costing £140m, with three larger vessels, a 24-hour timetable and rebuilt slipways on both banks.' },
          ],
          [
            { text: 'Doing the minimum: replacing the current ferries when they wear out and making no other change.' },
          ],
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The bridge would cut the typical journey between the city centre and Kestle Point from around 35 ' +
              'minutes to under ten, and would stay open in weather that currently suspends the ferry on roughly ' +
              'forty days a year. The ferry-first plan would shorten waits and add night crossings, but officers ' +
              'estimate it would still be suspended on about thirty days a year because the Narrows are so exposed ' +
              'to easterly winds.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The money is the hardest part. The council expects £260m from the government fund and £95m from the ' +
              'Aldine Coast Combined Authority, leaving £57m to be borrowed and repaid from tolls. If traffic is ' +
              'lower than forecast, council taxpayers would cover the shortfall. The ferry-first plan would need ' +
              'only modest borrowing, but officers say it would be less likely to attract government money.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Both options are defensible. What councillors have to weigh is whether the certainty of the smaller ' +
          'scheme is worth more than the reach of the larger one.',
        attribution: 'From the council officers’ report',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The vote is expected to be close. The Civic Alliance, which supports the bridge, has had a majority ' +
              'of just one since losing the Saltings by-election, and at least two of its members have said ' +
              'publicly that they have doubts. The Aldine Greens oppose the bridge; the Harbour Independents and ' +
              'the Progress group have not yet said how they will vote. The meeting is open to the public and will ' +
              'be streamed on the council’s website.',
          },
        ],
      },
    ],
  },
  {
    slug: 'mayoral-election-three-candidates-confirmed',
    section: 'politics',
    status: 'published',
    visibility: 'public',
    commentsMode: 'premoderated',
    publishedHoursAgo: 101,
    kicker: 'Mayoral election',
    headline: 'Three candidates confirmed for the Aldine Coast mayoral election in May',
    standfirst:
      'A former hospital consultant, a long-serving council cabinet member and a Green transport campaigner ' +
      'will contest the region’s most powerful elected job. The sitting mayor is not standing again.',
    hero: {
      image: 'market-street',
      alt: 'A stylised illustration of a busy high street with shopfronts, awnings and people walking',
      caption: 'The mayor’s powers cover transport, skills and housing across the whole Aldine Coast',
    },
    tags: ['elections'],
    authors: ['anjali-rao'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Three candidates will contest the election for mayor of the Aldine Coast in May, after nominations ' +
              'for the main parties closed and the only declared independent confirmed that she had gathered enough ' +
              'signatures to stand. The winner will replace Geoffrey Lanyon, who has held the post since it was ' +
              'created and announced in the summer that he would not seek a third term.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Civic Alliance has chosen Helen Trevaskis, who has spent nine years as the cabinet member for ' +
              'regeneration on Port Aldine City Council and was closely involved in the harbour bridge proposals. ' +
              'She is regarded as the front-runner, not least because her party has held the mayoralty since it was ' +
              'created, but she starts without the personal following that Mr Lanyon built up.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Greens have selected Lowri Hartigan, a transport campaigner from Wenmere who led the ' +
              'successful fight to reopen the town’s railway station to weekday trains. She is expected to campaign ' +
              'on bus fares and rail services in the smaller coastal towns, where she believes voters feel ' +
              'neglected by a mayoralty that has concentrated on Port Aldine.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'An independent from the infirmary' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The third candidate, Dr Abena Sorensen, is a retired consultant physician who worked at the Aldine ' +
              'General Infirmary for more than twenty years. She has no party affiliation and says she is standing ' +
              'because the region’s health and care services need a stronger voice in regional government, even ' +
              'though the mayor has no direct powers over hospitals or GP surgeries.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'People keep telling me the mayor doesn’t run hospitals. I know. But the mayor runs the buses that ' +
          'get people to them, and the housing that keeps them well enough not to need them.',
        attribution: 'Dr Abena Sorensen, independent candidate',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The mayor controls a budget of around £480m a year, most of it for transport, adult skills and ' +
              'housing investment, and chairs the combined authority that brings together the leaders of the ' +
              'region’s four councils. Turnout at the last mayoral election was 31 per cent. The Meridian will host ' +
              'a hustings for all three candidates at the Harbour Theatre in the new year, with questions submitted ' +
              'by readers.',
          },
        ],
      },
    ],
  },
  {
    slug: 'council-warns-of-23m-budget-gap',
    section: 'politics',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 143,
    kicker: 'Council finances',
    headline: 'Port Aldine council warns of £23m budget gap as care costs keep rising',
    standfirst:
      'Finance officers say spending on adult social care and children’s placements has grown far faster ' +
      'than income. Councillors are being asked to consider the maximum council tax rise and cuts to some ' +
      'services.',
    hero: {
      image: 'city-hall',
      alt: 'A stylised illustration of a stone civic building with a clock tower and steps leading up to tall doors',
      caption: 'The final budget will be set at a full council meeting in February',
    },
    tags: ['budget', 'health'],
    authors: ['anjali-rao', 'tomasz-wierzbicki'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine City Council faces a gap of £23m in next year’s budget, its finance officers have ' +
              'warned, with the rising cost of caring for older and disabled adults and for children in the ' +
              'council’s care accounting for almost all of the increase. The figure is set out in a report to the ' +
              'cabinet, which will publish its draft budget for consultation before Christmas.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The council’s net budget this year is £386m. Officers say spending on adult social care has risen by ' +
              '11 per cent in two years, driven by an ageing population and higher fees charged by care homes, ' +
              'while the cost of placing children in residential care has almost doubled since before the pandemic, ' +
              'largely because of a shortage of foster carers.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The report sets out how the gap might be closed. It assumes a council tax increase of 4.99 per cent, ' +
              'the most allowed without a local referendum, which would raise around £8m. It proposes using £5m ' +
              'from reserves and finding £10m of savings, including a review of opening hours at leisure centres ' +
              'and a reduction in the number of council offices.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Reserves under pressure' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The council’s general reserves stand at £41m, which officers describe as adequate but no longer ' +
              'comfortable. The cabinet member for finance, Dominic Hale, said the council could not “keep reaching ' +
              'into the savings jar to pay the weekly shop”, and that next year’s budget would have to be followed ' +
              'by longer-term changes to how care is provided.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Opposition councillors accepted that the pressures were real but questioned the timing of the ' +
              'harbour bridge proposals, which would require the council to borrow £57m. Mr Hale said that ' +
              'borrowing for the bridge would come from a separate capital budget and would be repaid from tolls, ' +
              'so it could not be used to fill gaps in day-to-day spending. The Greens said that distinction would ' +
              'mean little to residents if toll income fell short.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Nobody in this building wants to shut a library or a swimming pool. But we have a legal duty to ' +
          'balance the books, and the arithmetic is not kind.',
        attribution: 'Dominic Hale, cabinet member for finance',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Public consultation on the draft budget will run for six weeks from mid-December. The council says ' +
              'it particularly wants to hear from people who use the services most likely to be affected, and will ' +
              'hold drop-in sessions at libraries across the city as well as an online survey.',
          },
        ],
      },
    ],
  },
  {
    slug: 'greens-win-saltings-by-election',
    section: 'politics',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 187,
    kicker: 'By-election',
    headline: 'Aldine Greens take Saltings ward from the Civic Alliance in a by-election',
    standfirst:
      'Jonah Ferris won by 325 votes on a turnout of 27 per cent, after a campaign dominated by flooding ' +
      'and noise from the container terminal. The ruling group’s majority on the council is now one.',
    hero: {
      image: 'school-yard',
      alt: 'A stylised illustration of a school playground with a climbing frame and a brick school building behind',
      caption: 'Polling took place at Saltings Primary School and two church halls in the ward',
    },
    tags: ['elections', 'floods'],
    authors: ['tomasz-wierzbicki'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Greens have won the Saltings ward on Port Aldine City Council from the Civic Alliance, in ' +
              'a by-election that leaves the ruling group with a majority of one. Jonah Ferris, a 34-year-old youth ' +
              'worker who grew up in the ward, took 1,842 votes, ahead of the Civic Alliance candidate, Carol ' +
              'Nance, on 1,517. The Progress group was third with 612.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The by-election was called after the death in September of Councillor Frank Tolley, who had ' +
              'represented Saltings for the Civic Alliance for more than twenty years and was widely liked across ' +
              'the chamber. Turnout was 27 per cent, about average for a council by-election in the city but well ' +
              'down on the last full elections.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Both main candidates campaigned heavily on flooding. Parts of the Saltings were flooded twice last ' +
              'winter when the River Aldine overtopped its banks, and the repeated delays to the ',
          },
          { text: 'new flood defences', href: '/climate/river-aldine-flood-defences-delayed' },
          {
            text:
              ' have become a source of deep frustration. Mr Ferris also promised to press the Harbour Board over ' +
              'night-time noise from the container terminal, a long-running complaint in streets closest to the ' +
              'docks.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'People here are not asking for anything unusual. They want to sleep at night, and they want to know ' +
          'their kitchen won’t be under water next February.',
        attribution: 'Jonah Ferris, new councillor for Saltings',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Civic Alliance leader, Bernadette Quayle, congratulated Mr Ferris and said that by-elections ' +
              'were “always difficult for the party in power, and especially so when we have lost a much-loved ' +
              'colleague”. She said the result would not change the council’s priorities, including the planned ' +
              'vote on the harbour bridge.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The council now has 32 Civic Alliance members, 20 Aldine Greens, eight from the Progress group and ' +
              'three Harbour Independents. With a majority of one, the Civic Alliance will need the support of ' +
              'every one of its councillors, or of members from other groups, to pass contested decisions. Full ' +
              'council elections are not due until the year after next.',
          },
        ],
      },
    ],
  },
  {
    slug: 'bridge-vote-strains-inside-civic-alliance',
    section: 'politics',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 14,
    kicker: 'Analysis',
    headline: 'How the bridge vote exposed the strains inside the Civic Alliance',
    standfirst:
      'The council leader won the vote she wanted, but only with help from outside her own group. Three of ' +
      'her councillors did not back her, and the arithmetic of the next two years just got harder.',
    hero: {
      image: 'skyline-night',
      alt: 'A stylised city skyline at night, with tower blocks and lit windows against a dark blue sky',
      caption: 'The debate in the council chamber ran until shortly before midnight',
    },
    tags: ['harbour', 'elections'],
    authors: ['anjali-rao'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Bernadette Quayle got her bridge. By the time the result was read out, shortly before midnight, the ' +
              'public gallery had thinned and most councillors looked exhausted, but the council leader allowed ' +
              'herself a brief smile. The ',
          },
          { text: '33 to 29 vote', href: '/news/port-aldine-votes-on-harbour-bridge' },
          { text: ' was the culmination of a project she has championed since before she led the council.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Look more closely at the division list, though, and the victory is less comfortable than the margin ' +
              'suggests. Two Civic Alliance councillors voted against the bridge and a third abstained. Without the ' +
              'three Harbour Independents and a single member of the Progress group, the leader would have lost the ' +
              'most important vote of her time in office.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'The price of support' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The independents’ votes did not come free. In the hours before the meeting, the leader’s office ' +
              'agreed in writing that pedestrians, cyclists and buses would never be charged a toll, and that any ' +
              'future change to that policy would need a two-thirds majority of the full council. Several Civic ' +
              'Alliance councillors privately say they were not consulted and only learned of the deal from the ' +
              'independents’ speeches.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The rebels are not a coherent faction. One represents a ward in the Old Town where businesses fear ' +
              'years of disruption; another has long argued that the council cannot afford the borrowing. The ' +
              'abstention came from a councillor who told colleagues she supported the bridge but could not vote ' +
              'for it without a clearer answer on what would happen if the government grant fell short.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'We won tonight, and I am glad we did. But we won it with other people’s votes, and everybody in the group knows what that means.',
        attribution: 'A Civic Alliance councillor, speaking after the meeting',
      },
      {
        type: 'paragraph',
        content: [
          { text: 'Since the ' },
          { text: 'Saltings by-election', href: '/politics/greens-win-saltings-by-election' },
          {
            text:
              ', the Civic Alliance has had a majority of one. That was manageable when the group was united. It is ' +
              'much harder when a significant minority feels that decisions are made by a small circle around the ' +
              'leader, and when the next big test, the budget in February, involves cuts that some members will ' +
              'find difficult to support.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'None of this means the leader is in danger. There is no obvious challenger, and the group will not ' +
              'want internal fights before the mayoral election in May, in which one of its own senior members is ' +
              'the favourite. But the bridge has shown that the Civic Alliance can no longer take its own votes for ' +
              'granted, and that the independents have learned how much theirs are worth.',
          },
        ],
      },
    ],
  },
  {
    slug: 'mayoral-hustings-reader-questions',
    section: 'politics',
    status: 'draft',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 6,
    kicker: 'Your questions',
    headline: 'Mayoral hustings: the questions Meridian readers want the candidates to answer',
    standfirst:
      'More than 900 of you sent questions for our hustings at the Harbour Theatre. Transport dominated, ' +
      'followed by housing and the cost of living. These are the themes we will put to the candidates.',
    hero: {
      image: 'concert-stage',
      alt: 'A stylised illustration of a stage with spotlights, a row of chairs and an audience in silhouette',
      caption: 'The hustings will take place at the Harbour Theatre and be streamed live',
    },
    tags: ['elections', 'transport', 'housing'],
    authors: ['anjali-rao'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'When we asked readers what they wanted to ask the three candidates for mayor of the Aldine Coast, we ' +
              'expected a few hundred replies. We received 912, from every part of the region and from people of ' +
              'every age, including a class of sixteen-year-olds at Wenmere College who will be old enough to vote ' +
              'for the first time.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'We have read every one. Some questions were about a single bus route or a single road junction; ' +
              'others asked the candidates to describe, in a sentence, what kind of region they want the Aldine ' +
              'Coast to be in ten years. We have grouped them into themes, and the moderator will choose individual ' +
              'questions from each theme on the night.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'What you asked about most' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Transport was by far the most common subject, mentioned in more than a third of all submissions. ' +
              'Readers in the smaller towns asked about bus frequencies and fares; those in Port Aldine were most ' +
              'interested in the harbour bridge and what the mayor would do if the government grant did not ' +
              'materialise. Many asked about evening and Sunday rail services.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Housing came second, with questions about the cost of renting, the condition of council and housing ' +
              'association homes and the pace of building. The cost of living, health services and the future of ' +
              'the fishing industry followed. A smaller but striking number of questions came from carers, asking ' +
              'what the mayor could do for people looking after relatives at home.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'I don’t want promises. I want each of them to tell me one thing they would stop doing to pay for the things they want to start.',
        attribution: 'A reader in Kestlewick',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The hustings will take place at the Harbour Theatre and will be streamed on our website. Tickets are ' +
              'free but must be booked in advance, and a quarter have been reserved for readers who submitted ' +
              'questions. We will publish a full transcript and a fact check of the candidates’ main claims the ' +
              'following morning.',
          },
        ],
      },
    ],
  },
];
