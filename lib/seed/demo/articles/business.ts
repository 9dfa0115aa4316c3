import type { DemoArticle } from '../types.ts';

export const businessArticles: DemoArticle[] = [
  {
    slug: 'calloway-marine-wins-hybrid-ferry-order',
    section: 'business',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 26,
    kicker: 'Shipbuilding',
    headline: 'Calloway Marine wins £90m order to build three hybrid ferries for the coast',
    standfirst:
      'The Dockside yard will build the vessels for the combined authority’s island and harbour routes. The ' +
      'contract secures 180 jobs for four years and will bring sixty new apprenticeships.',
    hero: {
      image: 'harbour-dawn',
      alt: 'A stylised illustration of a harbour at dawn, with boats at their moorings and tall cranes on the quay',
      caption: 'Calloway Marine last built a passenger ferry at its Dockside yard in 2009',
    },
    tags: ['harbour', 'jobs', 'energy'],
    authors: ['grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Calloway Marine, the family-owned shipyard in Dockside, has won a £90m contract to build three ' +
              'hybrid ferries for the Aldine Coast Combined Authority. The vessels will replace ferries on the ' +
              'Skerrin Isles route and the harbour crossing that are now more than thirty years old and ' +
              'increasingly expensive to keep in service.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The contract is the largest in the yard’s history and the first order for new passenger ferries it ' +
              'has won in more than fifteen years. Calloway said it would secure the jobs of 180 people for the ' +
              'four years of the build, and that it would take on sixty apprentices, most of them in welding, ' +
              'electrical engineering and marine fitting.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Each ferry will run on batteries for most of its time in harbour and switch to diesel generators ' +
              'only on the open sea. The combined authority will install charging points at the Old Town slipway ' +
              'and at Skerrin Quay, so that the vessels can top up their batteries while passengers board. The ' +
              'authority estimates that the new fleet will use about forty per cent less fuel than the current one.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'My great-grandfather built ferries on this slipway. For a long time we wondered whether we would ' +
          'ever build another one. Now we have three.',
        attribution: 'Ruaridh Calloway, managing director of Calloway Marine',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The order was placed before this week’s council vote on a harbour bridge, and the combined authority ' +
              'said the contract would go ahead whatever the outcome. If the bridge is built, the ferry designed ' +
              'for the harbour crossing would be moved to the estuary route between Kestlewick and Tollbridge, ' +
              'which uses a vessel of similar size.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The yard has struggled in recent years to compete with larger builders overseas, and has relied ' +
              'mainly on repair work and on building workboats for the offshore wind industry. Union officials ' +
              'welcomed the contract but said they would be pressing for the apprenticeships to lead to permanent ' +
              'jobs. The first ferry is due to be delivered in about two and a half years.',
          },
        ],
      },
    ],
  },
  {
    slug: 'fishmarket-lane-traders-rent-reprieve',
    section: 'business',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 44,
    kicker: 'Old Town',
    headline: 'Fishmarket Lane traders win a six-month reprieve on steep rent increases',
    standfirst:
      'The council had planned to raise rents on its 26 market units by an average of 18 per cent. After a ' +
      'petition signed by more than 4,000 people, the rise has been paused while a review takes place.',
    hero: {
      image: 'market-street',
      alt: 'A stylised illustration of a narrow market street with striped awnings, stalls and shoppers',
      caption: 'Fishmarket Lane has been a market street since the eighteenth century',
    },
    tags: ['jobs', 'fishing', 'tourism'],
    authors: ['grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Traders on Fishmarket Lane in the Old Town have won a six-month reprieve from rent increases that ' +
              'many said would have forced them to close. The council, which owns the 26 small units along the ' +
              'lane, had proposed raising rents by an average of 18 per cent from January, following a revaluation ' +
              'of its commercial property.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The plan provoked a campaign that spread well beyond the lane itself. A petition organised by the ' +
              'traders gathered more than 4,000 signatures in three weeks, and a protest outside City Hall drew ' +
              'several hundred people, many of them regular customers of the fishmongers, bakers, grocers and cafés ' +
              'that give the street its character.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Nell Abernethy, whose family has sold fish from the same unit for three generations, said the ' +
              'increase would have added more than £2,000 a year to her costs. “We are not a shopping centre. Half ' +
              'of what we sell comes off the boats that morning, and the margins are thin,” she said. “Put the rent ' +
              'up by that much and you will end up with a lane full of phone shops.”',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'A wider review' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The council’s cabinet member for economy, Tariq Bell, said the revaluation reflected market rents ' +
              'and that the council had a duty to get a fair return on its property. But he acknowledged that ' +
              'Fishmarket Lane was “not an ordinary row of shops” and that its value to the Old Town could not be ' +
              'measured in rent alone.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'During the six-month pause, officers will look at whether the units could be let on terms that take ' +
              'account of their role in attracting visitors, as happens with some covered markets elsewhere. They ' +
              'will also examine whether the council should require that a proportion of the units continue to sell ' +
              'fresh food, a condition that traders have asked for.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Traders said they were relieved but cautious. Several pointed out that the council faces a large ' +
              'budget gap next year and that a temporary pause could easily become a delayed increase. The traders’ ' +
              'association said it would take part in the review and hoped to agree a long-term arrangement that ' +
              'gave businesses the confidence to invest.',
          },
        ],
      },
    ],
  },
  {
    slug: 'building-society-cuts-first-time-buyer-rates',
    section: 'business',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 119,
    kicker: 'Mortgages',
    headline: 'Aldine Building Society cuts rates for first-time buyers with small deposits',
    standfirst:
      'The region’s largest mutual lender has reduced the rate on its five-year fixed mortgage for buyers ' +
      'with a five per cent deposit. Brokers say it will help, but prices remain a stretch for most young ' +
      'workers.',
    hero: {
      image: 'skyline-night',
      alt: 'A stylised city skyline at night, with apartment blocks and lit windows against a dark blue sky',
      caption: 'The average price of a first home in Port Aldine is now just over £200,000',
    },
    tags: ['housing'],
    authors: ['grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Building Society has cut the interest rate on its mortgages for first-time buyers with ' +
              'small deposits, in a move that brokers say could make it easier for young people in the region to ' +
              'get on to the housing ladder. The society’s five-year fixed rate for buyers with a five per cent ' +
              'deposit falls from 4.89 to 4.49 per cent from next week.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For a buyer borrowing £190,000 over thirty years, roughly what it takes to buy a typical first home ' +
              'in Port Aldine with the minimum deposit, the cut would reduce monthly repayments by about £45. The ' +
              'society has also said it will accept rent payment records as evidence that borrowers can afford ' +
              'their repayments, rather than relying solely on income multiples.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The society, which was founded in 1871 and is owned by its 210,000 members, said it was able to ' +
              'offer the lower rate because its savings balances had grown strongly over the past year, and because ' +
              'it had decided to accept a smaller margin on first-time buyer lending. Its chief executive, Martin ' +
              'Ogunleye, said helping local people buy homes was “the reason we exist”.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'A mutual can choose to earn a little less on these mortgages. We have no shareholders asking us why ' +
          'we did, only members asking us to do more.',
        attribution: 'Martin Ogunleye, chief executive of the Aldine Building Society',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Mortgage brokers welcomed the cut but cautioned that the main obstacle for most first-time buyers ' +
              'was not the interest rate but the size of the deposit. Gemma Strachan, a broker in the Old Town, ' +
              'said that many of her younger clients were spending so much on rent that saving even £10,000 took ' +
              'years. “A lower rate helps at the margin. It does not change the basic arithmetic,” she said.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'House prices on the Aldine Coast have risen by about a third over the past decade, while average ' +
              'earnings have risen by a little under a quarter. Figures from the regional authority suggest that a ' +
              'nurse or a teacher early in their career would need to spend around 40 per cent of their take-home ' +
              'pay on a mortgage for a typical flat in Port Aldine, well above the level lenders consider ' +
              'comfortable.',
          },
        ],
      },
    ],
  },
  {
    slug: 'wet-harvest-squeezes-aldine-valley-farmers',
    section: 'business',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 229,
    kicker: 'Farming',
    headline: 'Wet harvest leaves Aldine valley farmers with smaller yields and lower prices',
    standfirst:
      'After one of the wettest late summers on record, much of the valley’s wheat failed to reach milling ' +
      'quality. Farmers say they are selling grain for animal feed at prices that barely cover their costs.',
    hero: {
      image: 'harvest-field',
      alt: 'A stylised illustration of a golden field of crops under a wide sky, with a farmhouse in the distance',
      caption: 'Many farms in the valley were only able to harvest in short gaps between showers',
    },
    tags: ['jobs', 'weather'],
    authors: ['grace-adeyemi', 'euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Farmers in the Aldine valley are counting the cost of one of the wettest harvests in living memory. ' +
              'Rain fell on 23 of the 31 days in August, and again for much of September, leaving crops standing in ' +
              'sodden fields and combines idle for days at a time. When the grain was finally brought in, much of ' +
              'it was damp, sprouting or too light to sell at the prices farmers had hoped for.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Coast Farmers’ Union estimates that wheat yields across the valley were down by around 15 ' +
              'per cent on a typical year. More seriously for many growers, a large proportion of the crop failed ' +
              'to meet the quality standards required by flour mills, and had to be sold instead as animal feed, ' +
              'which fetches around £40 a tonne less.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Rhiannon Pascoe, who farms 400 acres of arable land near Millbrook with her brother, said that ' +
              'almost none of their wheat had made milling grade. “We did everything right. We just couldn’t get ' +
              'the crop in dry,” she said. “On paper we grew a decent crop. In the bank account it looks like a ' +
              'very bad year.”',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Drying costs and debts' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The farms that did manage to harvest grain of milling quality often had to pay heavily to dry it. ' +
              'Grain dryers run on diesel or gas, and several farmers said their drying bills had been two or three ' +
              'times higher than usual. Some smaller farms without their own dryers had to queue for space at a ' +
              'cooperative store near Wenmere.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The union says the financial effects will be felt well into next year, with some farms already ' +
              'talking to their banks about extending overdrafts. It has asked the government to bring forward ' +
              'support payments due in the spring and to allow more flexibility on the timing of environmental ' +
              'schemes that farmers are required to complete.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'This is the third difficult harvest in five years. Farmers are adaptable, but there is a limit to ' +
          'how many bad years a family business can absorb.',
        attribution: 'A spokesperson for the Aldine Coast Farmers’ Union',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Some farmers are changing what they grow. Several have switched part of their land to crops that can ' +
              'be harvested earlier in the summer, or to grass for livestock, which is less vulnerable to late ' +
              'rain. Others are looking at income from sources such as solar panels and farm shops, although most ' +
              'say that is no substitute for a reliable harvest.',
          },
        ],
      },
    ],
  },
  {
    slug: 'tidewise-raises-6m-to-forecast-port-congestion',
    section: 'business',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 301,
    kicker: 'Start-ups',
    headline: 'Port Aldine start-up Tidewise raises £6m to forecast congestion at busy ports',
    standfirst:
      'The company’s software predicts when ships will arrive and where they will have to wait. It already ' +
      'works with three ports and plans to almost triple its staff in the next eighteen months.',
    hero: {
      image: 'research-lab',
      alt: 'A stylised illustration of a modern laboratory with benches, screens and shelves of equipment',
      caption: 'Tidewise’s team works from the upper floors of the former Customs House on the quay',
    },
    tags: ['ai', 'jobs', 'harbour'],
    authors: ['grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tidewise, a Port Aldine technology company that uses machine learning to predict congestion at ' +
              'ports, has raised £6m from investors to expand its team and win customers overseas. The funding ' +
              'round was led by Greyfriars Ventures, a specialist investor in logistics technology, with the Aldine ' +
              'Coast Growth Fund also taking part.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The company was founded four years ago by Isla Brannigan, a former harbour pilot, and Arjun Mehta, a ' +
              'data scientist who previously worked on weather forecasting. Their software combines the signals ' +
              'that ships broadcast about their position and speed with tide tables, weather forecasts and each ' +
              'port’s own records, and estimates when vessels will arrive and how long they will have to wait for a ' +
              'berth.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Ports have long struggled with ships arriving in bunches, which leaves vessels queuing at anchor ' +
              'while quays sit idle at other times. Ms Brannigan said that better forecasts allowed harbour masters ' +
              'to ask ships to slow down at sea and arrive later, saving fuel and cutting emissions, rather than ' +
              'racing to a port only to wait outside it.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Every pilot knows the feeling of watching a queue build up on the radar and being unable to do ' +
          'anything about it. We wanted to give harbour masters a few more hours’ notice.',
        attribution: 'Isla Brannigan, co-founder of Tidewise',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tidewise already works with the Aldine Harbour Board and two larger ports elsewhere in Britain, and ' +
              'says its forecasts of arrival times are typically accurate to within half an hour, compared with ' +
              'several hours for the estimates ships themselves provide. The company does not disclose its revenue ' +
              'but says it expects to be profitable within three years.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The new money will be used to increase the company’s staff from 14 to about 40, mostly engineers and ' +
              'data scientists, and to open a small office in the Netherlands. The founders say they intend to keep ' +
              'the company’s headquarters in the former Customs House on the Port Aldine quay. “We could have moved ' +
              'to a bigger city. But the port is the reason this company exists,” Mr Mehta said.',
          },
        ],
      },
    ],
  },
  {
    slug: 'tourism-season-record-visitors-thinner-margins',
    section: 'business',
    status: 'draft',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 3,
    kicker: 'Tourism',
    headline: 'Aldine Coast tourism: record visitor numbers, but each visitor is spending less',
    standfirst:
      'The region welcomed more than two million visitors this year, the most on record. But hotels, cafés ' +
      'and attractions say rising costs and shorter stays mean busier seasons are not making them richer.',
    hero: {
      image: 'market-street',
      alt: 'A stylised illustration of a busy street with shopfronts, awnings and people walking',
      caption: 'The Old Town had its busiest August on record, according to footfall counters on the quay',
    },
    tags: ['tourism', 'jobs'],
    authors: ['grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Coast attracted more visitors this year than ever before, according to figures from the ' +
              'regional tourism board, with an estimated 2.1 million trips to the region between April and October. ' +
              'Port Aldine’s Old Town, the beaches at Carrick Sands and Fennick Bay, and the Aldine Coast Festival ' +
              'all reported record attendances.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Yet many of the businesses that depend on those visitors say the year has been harder than the ' +
              'headline numbers suggest. The same figures show that average spending per visitor fell by six per ' +
              'cent after inflation, with more people coming for the day rather than staying overnight, and those ' +
              'who did stay booking shorter breaks.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Hotel owners say that their costs for energy, food and staff have risen much faster than the prices ' +
              'they feel able to charge. Sanjay Kohli, who runs a 22-room hotel on the seafront at Harrowmouth, ' +
              'said his occupancy had been the highest in a decade. “We were full almost every night from June to ' +
              'September, and I still made less than I did three years ago,” he said.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Day trips and the weather' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The tourism board attributes part of the change to the weather. A wet late summer led many families ' +
              'to cancel longer stays and visit for a single day when the forecast looked good. Improvements to ' +
              'rail services have also made day trips from inland cities easier, which has increased visitor ' +
              'numbers without necessarily increasing overnight spending.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'More visitors is good news. But we need visitors who stay, eat and come back, not just people passing through for an afternoon.',
        attribution: 'A spokesperson for the Aldine Coast tourism board',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The board plans to focus its marketing next year on the quieter months, promoting walking, food and ' +
              'cultural events between October and March. Businesses say they would welcome that, but many also ' +
              'want the council to reconsider car parking charges in the Old Town, which they believe discourage ' +
              'visitors from lingering into the evening.',
          },
        ],
      },
    ],
  },
];
