import type { DemoArticle } from '../types.ts';

export const climateArticles: DemoArticle[] = [
  {
    slug: 'river-aldine-flood-defences-delayed',
    section: 'climate',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 212,
    updatedHoursAfter: 2,
    kicker: 'Flooding',
    headline: 'River Aldine flood defences delayed again as the cost rises to £58m',
    standfirst:
      'The scheme to protect 1,100 homes in the Saltings and Millbrook will not be finished until two ' +
      'winters from now. Residents flooded last year say they have run out of patience.',
    hero: {
      image: 'river-flood',
      alt: 'A stylised illustration of a swollen river that has burst its banks, with water around houses and trees',
      caption: 'The River Aldine overtopped its banks in the Saltings twice last winter',
    },
    tags: ['floods', 'budget', 'housing'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The completion of new flood defences along the River Aldine has been delayed for a second time, and ' +
              'the cost of the scheme has risen from £41m to £58m, the Coast and Rivers Agency has confirmed. The ' +
              'defences, intended to protect around 1,100 homes and 90 businesses in the Saltings and Millbrook, ' +
              'will now not be finished until two winters from now.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The agency blamed the delay on ground conditions that turned out to be worse than expected along a ' +
              'stretch of the riverbank near Millbrook Bridge, where engineers found deep layers of soft clay that ' +
              'will require longer piles for the new flood walls. It said the rest of the increase reflected higher ' +
              'prices for steel, concrete and labour since the scheme was first costed.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For residents of the Saltings, where more than 200 homes were flooded last winter, the news has been ' +
              'met with anger. Several families have only recently moved back into their homes after months of ' +
              'drying out and repairs, and some have been unable to renew their home insurance at an affordable ' +
              'price.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'We were told two years. Then it was three. Now it is four. Every time it rains hard, my daughter ' +
          'asks whether we will have to leave again.',
        attribution: 'Leanne Brewer, a resident of Quay Terrace in the Saltings',
      },
      { type: 'heading', level: 2, text: 'Temporary measures' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The agency said that, until the new walls are built, it would again install temporary barriers at ' +
              'the lowest points of the riverbank when heavy rain is forecast, and would keep extra pumps on ' +
              'standby in the Saltings. It has also offered property flood resilience grants of up to £7,500 per ' +
              'household for measures such as flood doors, raised electrics and non-return valves on drains.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The extra £17m will be met mostly from national flood defence funding, with the city council ' +
              'contributing an additional £2.5m on top of its original share. Council officers said that ' +
              'contribution would come from the capital budget and would not affect day-to-day services, although ' +
              'councillors have asked for assurances that the cost will not rise again.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Engineers say the scheme, once complete, will protect the area against a flood of a size expected ' +
              'about once in a hundred years, taking into account the heavier rainfall projected for the coming ' +
              'decades. This article was updated to include the council’s response on its additional contribution.',
          },
        ],
      },
    ],
  },
  {
    slug: 'sealstone-bank-wind-farm-exports-first-power',
    section: 'climate',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 163,
    kicker: 'Offshore wind',
    headline: 'Sealstone Bank wind farm sends its first power to the grid from off the coast',
    standfirst:
      'The first of 38 turbines is now generating electricity twenty miles off Port Aldine. When complete ' +
      'next year, the wind farm will produce enough power for around 700,000 homes.',
    hero: {
      image: 'wind-farm',
      alt: 'A stylised illustration of offshore wind turbines standing in a calm sea under a pale sky',
      caption: 'Each turbine at Sealstone Bank is taller than any building on the Aldine Coast',
    },
    tags: ['energy', 'jobs'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The first turbine at the Sealstone Bank offshore wind farm has begun exporting electricity to the ' +
              'grid, marking the start of operations at the largest energy project ever built off the Aldine Coast. ' +
              'The remaining 37 turbines are due to be installed over the next ten months, weather permitting, from ' +
              'specialist vessels working out of Port Aldine harbour.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'When complete, the wind farm will have a capacity of around 570 megawatts, enough to supply the ' +
              'annual electricity needs of about 700,000 homes. Power is carried ashore through two cables buried ' +
              'in the seabed, which come ashore near Fennick Bay and run underground to a new substation on the ' +
              'edge of the Aldine valley.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Each turbine stands about 260 metres tall at the tip of its highest blade, and each of the three ' +
              'blades is longer than a football pitch. At twenty miles offshore, the turbines will be visible from ' +
              'the coast only on clear days, as a line of small white shapes on the horizon.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Jobs in the harbour' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The wind farm will be operated and maintained from a new base in Port Aldine harbour, where the ' +
              'developer has leased a quay and built offices and a warehouse. It says the base will employ around ' +
              '120 people permanently, including technicians, vessel crews and control room staff, and it has ' +
              'already recruited more than half of them from within the region.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'Ten years ago, the harbour’s future looked like a slow decline. Now we have crews going out to the turbines every morning at six.',
        attribution: 'A spokesperson for the Aldine Harbour Board',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Not everyone has welcomed the project. Some fishing crews who worked the grounds around Sealstone ' +
              'Bank say they have lost access to productive waters during construction, and that compensation ' +
              'arrangements have been slow and complicated. The developer says it has paid out to 41 vessels so far ' +
              'and that most fishing will be allowed to resume between the turbines once construction is finished.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Environmental groups have broadly supported the wind farm, while asking for careful monitoring of ' +
              'its effects on seabirds, particularly the gannets and kittiwakes that feed over the bank in summer. ' +
              'The developer is funding a five-year study by Port Aldine University, which will use cameras and ' +
              'radar mounted on the turbines to track how birds move through the site.',
          },
        ],
      },
    ],
  },
  {
    slug: 'carrick-sands-sea-wall-will-not-be-replaced',
    section: 'climate',
    status: 'published',
    visibility: 'members',
    commentsMode: 'premoderated',
    publishedHoursAgo: 263,
    kicker: 'Coastal erosion',
    headline: 'Carrick Sands homeowners told the crumbling sea wall will not be replaced',
    standfirst:
      'Under a new plan for the coast, the authorities will stop defending a two-mile stretch of cliffs. ' +
      'Thirty-four homes could be lost to the sea within fifty years, and owners say they have been ' +
      'abandoned.',
    hero: {
      image: 'coastline-storm',
      alt: 'A stylised illustration of waves breaking against cliffs and a rocky shoreline under dark storm clouds',
      caption: 'Parts of the cliff at Carrick Sands have retreated by more than five metres in the past decade',
    },
    tags: ['floods', 'housing', 'weather'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Homeowners at the northern end of Carrick Sands have been told that the sea wall protecting the foot ' +
              'of the cliffs below their houses will not be replaced when it fails. Under a revised plan for ' +
              'managing the Aldine Coast, agreed by the councils and the Coast and Rivers Agency, the two-mile ' +
              'stretch has been moved to a policy of “no active intervention”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'In practice that means the wall, built in the 1950s and now badly undermined, will be allowed to ' +
              'decay, and the soft cliffs behind it will be left to erode naturally. Surveys suggest the cliff edge ' +
              'will move back by an average of a metre a year, with much larger falls possible after winter storms. ' +
              'Thirty-four homes lie within the area that could be lost within fifty years.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Officials say that replacing the wall would cost more than £30m and would protect relatively few ' +
              'properties, while starving beaches further south of the sand that eroding cliffs naturally supply. ' +
              'Those beaches, including the main resort beach at Carrick Sands, protect a far larger number of ' +
              'homes and businesses.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'I understand the arithmetic. I just never expected to be on the wrong side of it. This house was ' +
          'supposed to be what we left to our children.',
        attribution: 'Graham Ashworth, who has lived on Cliff Road for 31 years',
      },
      { type: 'heading', level: 2, text: 'What happens to the homes' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'There is currently no national scheme to compensate owners whose homes are lost to erosion, and ' +
              'buildings insurance does not cover it. The council has said it will offer affected households help ' +
              'with relocation, including priority on its housing register and a small fund to cover demolition ' +
              'costs, and that it is exploring whether homes could be bought and then rented back to their owners ' +
              'until they become unsafe.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Residents argue that this falls far short of what is needed. Several said the value of their homes ' +
              'had already fallen sharply since the draft plan was published last year, making it impossible to ' +
              'sell and move elsewhere. A residents’ group has asked the region’s MPs to press for a national ' +
              'compensation scheme of the kind that campaigners have been seeking for years.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Experts say Carrick Sands is a preview of decisions that will become more common. As sea levels rise ' +
              'and storms become more intense, the cost of holding every stretch of coastline in place will grow, ' +
              'and authorities will have to decide which communities can be defended. The ',
          },
          { text: 'long-term record kept at the tidal observatory', href: '/science/inside-the-aldine-tidal-observatory' },
          { text: ' shows sea levels off Port Aldine rising faster now than at any time since measurements began.' },
        ],
      },
    ],
  },
  {
    slug: 'kestle-bay-seagrass-replanting',
    section: 'climate',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 343,
    kicker: 'Nature recovery',
    headline: 'Volunteers replant a lost seagrass meadow in Kestle Bay, one seed at a time',
    standfirst:
      'More than 300 volunteers have planted two hectares of seagrass in the bay over the past three years. ' +
      'Early surveys suggest the meadow is spreading, bringing fish and seahorses back with it.',
    hero: {
      image: 'harbour-dawn',
      alt: 'A stylised illustration of a calm harbour at dawn, with small boats at their moorings and cranes in the distance',
      caption: 'Kestle Bay lies just inside the harbour mouth, sheltered from the worst of the swell',
    },
    tags: ['wildlife', 'fishing'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'A hundred years ago, the shallow waters of Kestle Bay were carpeted with seagrass, a flowering plant ' +
              'that grows in meadows on sandy seabeds. By the 1950s almost all of it had gone, killed by disease, ' +
              'pollution and the dredging of the harbour. Now a project run by the Aldine Coast Wildlife Trust is ' +
              'bringing it back, with the help of hundreds of volunteers and a great many hessian bags.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The method is simple but laborious. In late summer, volunteers collect seeds from surviving meadows ' +
              'further along the coast. Over the winter, the seeds are stored in tanks at Port Aldine University, ' +
              'and in spring they are packed into small biodegradable bags of sand and dropped from boats, by hand, ' +
              'on to carefully chosen patches of seabed.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Over three years, more than 300 volunteers have planted around two hectares this way. Surveys by ' +
              'divers this autumn found that the plants had not only survived but begun to spread beyond the ' +
              'planted areas, and that the meadow was supporting young fish, cuttlefish eggs and, to the delight of ' +
              'the project team, two species of seahorse.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'The first time we found a seahorse in the meadow, nobody on the boat could speak for about a minute. Then everybody spoke at once.',
        attribution: 'Dr Kirsty Oduya, marine ecologist at the Aldine Coast Wildlife Trust',
      },
      { type: 'heading', level: 2, text: 'Carbon and nursery grounds' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Seagrass meadows store carbon in the sediment beneath them, and can do so many times faster than the ' +
              'same area of forest on land. The trust is careful not to overstate the climate benefit of a project ' +
              'of this size, but says that restored meadows along the whole of the Aldine Coast could make a ' +
              'meaningful contribution, as well as protecting the shoreline by slowing waves.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Local fishermen have become some of the project’s strongest supporters. Seagrass is an important ' +
              'nursery for young fish, including species that are caught commercially, and several skippers now ' +
              'help by reporting surviving patches of seagrass and keeping their moorings away from the planted ' +
              'areas. The harbour authority has agreed to install eco-friendly moorings that do not drag across the ' +
              'seabed.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The trust aims to plant a further eight hectares over the next five years, and is recruiting ' +
              'volunteers for seed collection next summer. No diving experience is needed; most of the work takes ' +
              'place in wellies at low tide, or sitting at long tables in a university lab, filling bags with sand.',
          },
        ],
      },
    ],
  },
  {
    slug: 'schools-swap-gas-boilers-for-heat-pumps',
    section: 'climate',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 490,
    kicker: 'Clean heat',
    headline: 'Twelve Port Aldine schools will swap their gas boilers for heat pumps',
    standfirst:
      'A £9.4m grant will pay for the work, which is due to take place over two summer holidays. The ' +
      'council says it will cut the schools’ carbon emissions by about three quarters.',
    hero: {
      image: 'school-yard',
      alt: 'A stylised illustration of a school playground with a climbing frame and a brick school building behind',
      caption: 'Most of the work will be carried out during the summer holidays to avoid disrupting lessons',
    },
    tags: ['energy', 'schools'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Twelve schools in Port Aldine will have their gas boilers replaced with heat pumps over the next two ' +
              'years, in the largest project of its kind yet undertaken by the council. The work will be paid for ' +
              'by a £9.4m grant from a national fund for cutting carbon emissions from public buildings, with the ' +
              'council contributing a further £1.1m.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The schools, ten primaries and two secondaries, were chosen because their boilers were nearing the ' +
              'end of their working lives and because their buildings were judged suitable for the change. Heat ' +
              'pumps work best in buildings that hold their heat well, so the project also includes new insulation, ' +
              'replacement windows and, in several schools, larger radiators.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Air source heat pumps take heat from the outside air, even in cold weather, and use electricity to ' +
              'concentrate it. They are considerably more efficient than gas boilers, and the council estimates ' +
              'that the project will cut the schools’ combined heating emissions by about three quarters, rising ' +
              'further as the electricity grid relies less on gas power stations.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The council installed a heat pump at Eastcliff Primary two years ago as a trial, and says the school ' +
              'has been warmer and more comfortable since, with lower running costs. The head teacher, Priya ' +
              'Venkatesan, admitted that the first winter had involved “a lot of fiddling with the controls”, but ' +
              'said that staff and pupils no longer noticed the difference.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'The children were fascinated by it. One of our Year 5 classes did a whole project on how it works, ' +
          'and now they lecture their parents about it.',
        attribution: 'Priya Venkatesan, head teacher at Eastcliff Primary',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Most of the installation work will be done during the summer holidays to avoid disruption, with six ' +
              'schools converted next summer and six the year after. The council hopes to use the experience to ' +
              'convert the rest of its schools and public buildings, although it says that will depend on further ' +
              'grant funding.',
          },
        ],
      },
    ],
  },
  {
    slug: 'storm-season-aldine-coast-preparations',
    section: 'climate',
    status: 'scheduled',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: -30,
    kicker: 'Winter weather',
    headline: 'Storm season: how the Aldine Coast is preparing for the winter ahead',
    standfirst:
      'Forecasters expect a stormier winter than average. From temporary flood barriers to new warning ' +
      'sirens, here is what the councils, the flood agency and the emergency services have put in place.',
    hero: {
      image: 'coastline-storm',
      alt: 'A stylised illustration of waves breaking against a rocky shoreline under dark storm clouds',
      caption: 'The Aldine Coast takes the brunt of storms arriving from the east and north-east',
    },
    tags: ['weather', 'floods'],
    authors: ['euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Every autumn, the councils and agencies responsible for the Aldine Coast run through the same ' +
              'checklist: gates on flood walls tested, pumps serviced, sandbag stores refilled, emergency rest ' +
              'centres confirmed. This year, with seasonal forecasts pointing to a higher than usual chance of ' +
              'strong easterly storms, the preparations have been more thorough than most.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Coast and Rivers Agency has stationed temporary flood barriers at six points along the River ' +
              'Aldine, including the low-lying streets of the Saltings, where permanent defences are still under ' +
              'construction. Teams can install the barriers within eight hours of a warning being issued, and the ' +
              'agency has doubled the number of staff on call during the winter months.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'New warnings for the harbour' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For the first time, a network of sirens has been installed along the harbour front in Port Aldine, ' +
              'to warn people when a storm surge is expected to push water over the quay walls. The sirens will be ' +
              'tested on the first Monday of each month at noon. The agency stresses that they will sound only for ' +
              'serious surges, and that people should also sign up for its free text and phone warnings.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The surge warnings are based in part on forecasts produced with data from the tidal observatory on ' +
              'Gannet Head, which measures sea level at the harbour mouth every minute. Forecasters say that a ' +
              'surge arriving at the same time as a high spring tide is the greatest risk for the harbour, and that ' +
              'such combinations can now be predicted several days ahead.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'Most people will never hear a siren. But if they do, we want them to know exactly what it means and what to do.',
        attribution: 'A spokesperson for the Coast and Rivers Agency',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Households in areas at risk are being encouraged to prepare a simple flood plan: knowing how to turn ' +
              'off gas and electricity, keeping important documents somewhere high and dry, and having a bag ready ' +
              'with medicines, chargers and warm clothes. The councils have published guidance in several ' +
              'languages, and volunteers will be knocking on doors in the most vulnerable streets over the coming ' +
              'weeks.',
          },
        ],
      },
    ],
  },
];
