import type { DemoArticle } from '../types.ts';

export const scienceArticles: DemoArticle[] = [
  {
    slug: 'inside-the-aldine-tidal-observatory',
    section: 'science',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 274,
    kicker: 'Long read',
    headline: 'Inside the Aldine Tidal Observatory, where the sea has been watched for 150 years',
    standfirst:
      'Since 1868 a small building on Gannet Head has recorded the height of the sea at the mouth of Port ' +
      'Aldine harbour. Its unbroken record is now one of the most valuable climate datasets in the country.',
    hero: {
      image: 'coastline-storm',
      alt: 'A stylised illustration of waves breaking against a rocky headland under dark, heavy clouds',
      caption: 'Gannet Head takes the full force of easterly storms, which is exactly why the observatory was built there',
    },
    tags: ['research', 'floods', 'weather'],
    authors: ['nadia-haddad'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'At the very end of Gannet Head, where the road gives out and the wind never quite stops, there is a ' +
              'low granite building with a small copper-roofed turret and a flight of steps leading down into the ' +
              'sea. Most people who walk the headland assume it is a coastguard lookout or an old lifeboat station. ' +
              'It is, in fact, the Aldine Tidal Observatory, and for more than a century and a half it has done one ' +
              'thing with extraordinary persistence: it has measured the height of the sea.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The observatory was founded in 1868 by the Port Aldine Harbour Commissioners, who wanted better tide ' +
              'tables for the sailing ships and early steamers using the port. Since then, the level of the water ' +
              'at the harbour mouth has been recorded without a significant break, through two world wars, several ' +
              'changes of ownership and at least one storm that flooded the instrument room to the height of a ' +
              'workbench. Today the observatory belongs to Port Aldine University and is run by a team of nine.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'A record written by hand' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For its first thirty years, the record was kept by a single clerk. Every hour, day and night, he ' +
              'climbed down to a stilling well, a vertical shaft connected to the sea by a narrow pipe that smooths ' +
              'out the waves, read the height of a float against a brass scale and wrote the figure in a ledger. ' +
              'The ledgers survive, bound in green cloth and stored in a climate-controlled room at the university ' +
              'library, their pages stained here and there by what the archivists politely describe as spray.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'In 1897 the observatory installed a self-recording gauge, in which the float drove a pen across a ' +
              'paper chart wrapped around a slowly turning drum. Each chart covered a week. The observatory’s ' +
              'archive holds more than 6,000 of them, and until recently almost none had been examined since the ' +
              'day they were taken off the drum, because turning a wavy ink line into numbers was slow, skilled ' +
              'work that nobody had the money to fund.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'That changed seven years ago, when the observatory asked for volunteers to help transcribe the ' +
              'charts online. More than 2,000 people took part, from retired engineers to schoolchildren, and ' +
              'together they extracted ',
          },
          { text: 'more than 1.2 million individual readings', bold: true },
          {
            text:
              '. Each chart was checked by at least three volunteers, and disagreements were settled by the ' +
              'observatory’s own staff, who say the finished dataset is more accurate than anything they could have ' +
              'produced alone. Several of the volunteers have since become regular visitors to Gannet Head.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'When people ask what the observatory is for, I tell them it is a memory. The sea forgets everything. We don’t.',
        attribution: 'Professor Miriam Solberg, director of the Aldine Tidal Observatory',
      },
      { type: 'heading', level: 2, text: 'What the observatory measures' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Sea level is still the observatory’s main concern, but the building on Gannet Head now houses a far ' +
              'wider range of instruments, most of them designed to help scientists understand why the sea behaves ' +
              'as it does. Taken together, they make the observatory one of the most comprehensively equipped ' +
              'coastal stations in northern Europe. Its current measurements include:',
          },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { text: 'Sea level, every minute, from a radar gauge mounted above the stilling well and a pressure sensor on the seabed.' },
          ],
          [
            { text: 'Water temperature and salinity at three depths, which help show how river water and seawater mix at the harbour mouth.' },
          ],
          [
            { text: 'Air pressure, wind speed and wind direction, which drive the storm surges that cause most coastal flooding.' },
          ],
          [
            { text: 'Wave height and period, from a buoy moored two miles offshore.' },
          ],
          [
            { text: 'The height of the land itself, from a satellite positioning receiver bolted to the bedrock beneath the building.' },
          ],
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The last of these matters more than it might seem. A tide gauge measures the height of the sea ' +
              'relative to the land it stands on, and if the land is rising or sinking the record will be ' +
              'distorted. At Gannet Head the bedrock is sinking very slightly, by about half a millimetre a year, a ' +
              'slow after-effect of the ice sheets that covered much of northern Europe twenty thousand years ago. ' +
              'Without the satellite measurements, scientists could not separate that movement from genuine change ' +
              'in the height of the sea.',
          },
        ],
      },
      { type: 'heading', level: 3, text: 'The numbers' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The headline finding from the observatory’s record is stark. After correcting for the sinking land, ' +
              'the sea at the mouth of Port Aldine harbour has risen by ',
          },
          { text: 'about 24 centimetres since 1900', bold: true },
          {
            text:
              '. For most of the twentieth century the rise was slow and steady, at around one and a half ' +
              'millimetres a year. Over the past two decades it has averaged ',
          },
          { text: 'more than four millimetres a year', italic: true },
          { text: ', and the observatory’s scientists say there is no sign that the acceleration is slowing down.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Twenty-four centimetres does not sound like much, and on a calm day it is invisible. But coastal ' +
              'flooding is almost always caused by extremes: a storm surge arriving on top of a high spring tide. A ' +
              'higher starting point means that a surge which would once have stayed below the top of the harbour ' +
              'wall now spills over it. The observatory calculates that a flood level reached roughly once a decade ' +
              'in 1900 is now reached, on average, about twice a year.',
          },
        ],
      },
      {
        type: 'image',
        image: 'research-lab',
        alt: 'A stylised illustration of a laboratory with benches, computer screens and shelves of scientific instruments',
        caption: 'The instrument room on Gannet Head, where modern sensors sit alongside the brass float gauge installed in 1897',
      },
      { type: 'heading', level: 2, text: 'From a reading to a warning' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The observatory’s data is not only of historical interest. It is also a working part of the system ' +
              'that warns people on the Aldine Coast when the sea is about to come over the wall. Dr Tom ' +
              'Achebe-Lowry, who leads the observatory’s forecasting work, describes the process as a relay in ' +
              'which each runner has a very short distance to cover. In simplified form, it goes like this:',
          },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          [
            { text: 'The radar gauge measures the height of the water every minute, and the readings are checked automatically for faults.' },
          ],
          [
            { text: 'Every fifteen minutes, the readings are sent to the national forecasting centre and to the Coast and Rivers Agency.' },
          ],
          [
            { text: 'Forecasters compare the measured level with the predicted astronomical tide; the difference between the two is the surge.' },
          ],
          [
            { text: 'A computer model combines the latest surge with weather forecasts to predict water levels up to seven days ahead.' },
          ],
          [
            {
              text:
                'If the forecast level exceeds set thresholds, the agency issues flood alerts or warnings to the ' +
                'harbour, the Saltings and other low-lying areas.',
            },
          ],
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The measured readings matter because surge models, however sophisticated, drift away from reality as ' +
              'a storm develops. A real observation from the harbour mouth allows forecasters to correct the model ' +
              'as they go. Three winters ago, during the storm that flooded the Old Town quay, the observatory’s ' +
              'readings gave the agency more than thirty hours’ notice that the water would reach the top of the ' +
              'harbour wall, enough time to close flood gates and move cars and people out of the lowest streets.',
          },
        ],
      },
      { type: 'heading', level: 3, text: 'Data for everyone' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Since 2015, all of the observatory’s measurements have been published online as soon as they are ' +
              'taken, free of charge and with no need to register. The team was surprised by who turned out to use ' +
              'them. Harbour pilots and fishing skippers check the live sea level before bringing vessels over the ' +
              'bar; surfers and sea swimmers watch the wave buoy; and a growing number of companies, among them the ' +
              'Port Aldine start-up ',
          },
          { text: 'Tidewise', href: '/business/tidewise-raises-6m-to-forecast-port-congestion' },
          { text: ', build the readings into their own forecasting tools.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The historical record, meanwhile, has become part of the evidence used to plan for the future. The ' +
              'Coast and Rivers Agency relies on it to design flood defences along the River Aldine and the ' +
              'harbour, and researchers from several countries have used it to test their models of how sea level ' +
              'responds to a warming climate. ',
          },
          { text: 'Very few places have a record this long,', italic: true },
          { text: ' Professor Solberg says, ' },
          { text: 'and almost none have one this well documented.', italic: true },
        ],
      },
      { type: 'heading', level: 2, text: 'An uncertain future' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'For all its scientific value, the observatory has never been lavishly funded. Its running costs of ' +
              'around £400,000 a year are shared between the university and the Aldine Harbour Board, with research ' +
              'grants paying for specific projects. Staff say that arrangement has worked but leaves them exposed: ' +
              'the current agreement with the harbour board expires in three years, and the university, like many ' +
              'others, is looking for savings.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The building itself faces a more physical threat. The same rising sea that the observatory measures ' +
              'is steadily eroding the rocks around Gannet Head, and an engineering survey last year found that the ' +
              'seaward wall of the instrument room will need strengthening within a decade. The observatory is now ' +
              'seeking around £1.5m to protect the building and replace its ageing equipment, and has begun ' +
              'approaching charitable foundations as well as public funders.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Professor Solberg is careful not to sound alarmed. The observatory has survived wars, floods and at ' +
              'least three attempts to close it, she points out, and the case for keeping it going has never been ' +
              'stronger. On the wall of her office hangs a framed page from the first ledger, dated in the autumn ' +
              'of 1868, in the clerk’s looping hand. Every figure on it, she says, is still being used by someone. ' +
              '“The clerk who wrote those numbers had no idea what they would one day tell us,” she says. “Neither ' +
              'do we, about the numbers we are writing down now. That is rather the point.”',
          },
        ],
      },
    ],
  },
  {
    slug: 'ai-tool-matches-radiologists-in-infirmary-trial',
    section: 'science',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 36,
    updatedHoursAfter: 5,
    kicker: 'Medical AI',
    headline: 'AI tool spotted signs of lung cancer as reliably as doctors in an infirmary trial',
    standfirst:
      'The software reviewed more than 11,000 chest X-rays at the Aldine General Infirmary. It matched ' +
      'experienced radiologists at finding suspicious shadows, but raised more false alarms.',
    hero: {
      image: 'hospital-ward',
      alt: 'A stylised illustration of a bright hospital ward with beds, curtains and a nurse’s station',
      caption: 'The trial ran alongside normal reporting, so no patient’s care depended on the software’s verdict',
    },
    tags: ['ai', 'health', 'research'],
    authors: ['nadia-haddad'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'A computer program that analyses chest X-rays was as good as experienced hospital radiologists at ' +
              'spotting possible signs of lung cancer, according to a trial carried out at the Aldine General ' +
              'Infirmary. The results, published this week in a medical journal, are among the most detailed yet ' +
              'from a real hospital setting rather than a laboratory test.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Over eighteen months, the software examined 11,400 chest X-rays taken at the infirmary and its ' +
              'community clinics. Every image was also read in the usual way by a radiologist, who did not see the ' +
              'software’s verdict. Researchers then followed up every patient for a year to find out who had ' +
              'actually been diagnosed with lung cancer, and compared the results.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The software identified 94 per cent of the X-rays from patients later found to have cancer, compared ' +
              'with 93 per cent for the radiologists, a difference too small to be meaningful. But it was less ' +
              'precise. It flagged about twice as many X-rays as suspicious that turned out to be nothing to worry ' +
              'about, which in practice would mean more patients being sent for CT scans they did not need.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'A second pair of eyes' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The researchers say that the most promising use for the tool is not to replace radiologists but to ' +
              'act as a second reader, and to help decide which images should be looked at first. At present, a ' +
              'routine chest X-ray at the infirmary can wait several days to be reported. In a smaller follow-up ' +
              'study, using the software to push suspicious images to the top of the queue cut the average time to ' +
              'a CT scan from fourteen days to six.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'The value is not that the machine is cleverer than a radiologist. It is that it never gets tired, ' +
          'and it can read the pile in the order that matters most.',
        attribution: 'Dr Farah Lindqvist, consultant radiologist and lead author of the study',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Independent experts were cautiously positive. They noted that the trial was carried out at a single ' +
              'hospital, with X-ray machines from a single manufacturer, and that the software’s performance could ' +
              'be different elsewhere. They also pointed out that the follow-up period of one year would miss some ' +
              'slow-growing cancers, and that more work was needed to understand how radiologists’ own judgements ' +
              'change when they know a computer has already reviewed the image.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Coast Health Trust said it would consider using the software as a triage tool from next ' +
              'year, subject to approval from regulators and a full assessment of the cost. This article was ' +
              'updated to make clear that the software is not currently used to make decisions about any patient’s ' +
              'care at the infirmary.',
          },
        ],
      },
    ],
  },
  {
    slug: 'microplastics-found-in-harbour-mussels',
    section: 'science',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 180,
    kicker: 'Pollution',
    headline: 'Microplastics found in nine out of ten mussels collected around Port Aldine harbour',
    standfirst:
      'Researchers at Port Aldine University found tiny plastic particles in almost every sample, most of ' +
      'them fibres shed by clothing. They say the levels pose no known risk to people who eat mussels.',
    hero: {
      image: 'research-lab',
      alt: 'A stylised illustration of a laboratory with benches, microscopes and shelves of sample jars',
      caption: 'Each mussel was dissolved in a solution that breaks down tissue but leaves plastic intact',
    },
    tags: ['research', 'wildlife', 'fishing'],
    authors: ['nadia-haddad'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tiny particles of plastic were found in nine out of ten mussels collected from the shores around ' +
              'Port Aldine harbour, according to a study by researchers at Port Aldine University. The team ' +
              'collected 600 mussels from twelve sites over two years, including wild mussels on the harbour walls ' +
              'and farmed mussels from ropes in Kestle Bay.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'On average, each gram of mussel flesh contained just over three particles. The great majority were ' +
              'fibres less than a millimetre long, most of them made of polyester and acrylic, the synthetic ' +
              'materials used in fleeces, sportswear and many other clothes. Fragments of harder plastics, such as ' +
              'pieces of packaging or fishing gear, made up less than a fifth of the total.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The highest concentrations were found in mussels collected closest to the outfall of the city’s main ' +
              'wastewater treatment works, which the researchers believe is the main route by which fibres from ' +
              'domestic washing machines reach the sea. Mussels from the farm in Kestle Bay, further from the ' +
              'outfall, contained about half as many particles on average.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Mussels filter enormous amounts of water to feed, so they are an excellent way of finding out what ' +
          'is in it. What they tell us is that our washing machines are connected to the harbour.',
        attribution: 'Dr Owen Treharne, lead author of the study',
      },
      { type: 'heading', level: 2, text: 'Should people stop eating mussels?' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The researchers are clear that the answer is no. There is currently no evidence that microplastics ' +
              'at these levels cause harm to people, and the amount a person would consume by eating mussels is ' +
              'small compared with the particles people are thought to take in from household dust and the air. ' +
              'Cooking and cleaning mussels also removes some of the particles.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Kestle Bay mussel farm, which sells much of its crop to restaurants in the Old Town, said it ' +
              'welcomed the research and was working with the university on further testing. Its owners pointed out ' +
              'that farmed mussels also remove nutrients and particles from seawater, and that their ropes were ' +
              'among the cleanest sites in the study.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The team is now working with the city’s water company to test whether filters fitted at the ' +
              'treatment works could remove more fibres before the water reaches the sea. They also suggest that ' +
              'filters on domestic washing machines, which are now available for some models, could make a ' +
              'meaningful difference if they became widespread.',
          },
        ],
      },
    ],
  },
  {
    slug: 'corrow-pass-landslip-sensors',
    section: 'science',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 280,
    kicker: 'Engineering',
    headline: 'Sensors buried in Corrow Pass give engineers early warning of landslips',
    standfirst:
      'A fibre-optic cable laid along the mountain road can detect the ground beginning to move days before ' +
      'a slope gives way. Engineers say it could prevent the long closures that have cut off upland ' +
      'villages.',
    hero: {
      image: 'mountain-pass',
      alt: 'A stylised illustration of a winding road climbing through steep green hills towards a mountain pass',
      caption: 'The pass road is the only direct route between the Aldine valley and the upland villages to the west',
    },
    tags: ['research', 'transport', 'weather'],
    authors: ['nadia-haddad'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The road over Corrow Pass has always been vulnerable. It climbs more than 400 metres in under seven ' +
              'miles, clinging in places to slopes of loose shale, and after prolonged rain sections of the ' +
              'hillside have a habit of sliding on to the carriageway. Two years ago a landslip closed the road for ' +
              'eleven weeks, forcing a detour of almost an hour for the villages beyond.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Now engineers from Port Aldine University and the county highways team are testing a way of seeing ' +
              'the next slip coming. They have buried a fibre-optic cable in a shallow trench along two miles of ' +
              'the most unstable stretch. Pulses of laser light sent down the cable are scattered back in ways that ' +
              'change when the cable is stretched or bent, even by a fraction of a millimetre.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'That sensitivity means the cable can detect the ground starting to creep, often days or weeks before ' +
              'any movement is visible on the surface. The system also records vibrations, which allows it to pick ' +
              'up falling rocks and even the passage of vehicles, giving the highways team a continuous picture of ' +
              'what is happening along the road.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'In the past, the first we knew of a landslip was when somebody rang to say there was a hillside in ' +
          'the road. Now we can see the slope thinking about it.',
        attribution: 'Dr Lena Morcombe, geotechnical engineer at Port Aldine University',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The hardest part, the researchers say, is not collecting the data but interpreting it. Slopes move ' +
              'slightly all the time, swelling and shrinking with the seasons, and the team needs to learn which ' +
              'patterns of movement signal real danger. They are combining the cable readings with rain gauges and ' +
              'instruments that measure water pressure in the soil, and using the data from last winter to build a ' +
              'model of how the slopes respond to heavy rain.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'If the trial succeeds, the highways team hopes to use the system to close the road before a slip ' +
              'rather than after it, and to target drainage and stabilisation work at the places where it is most ' +
              'needed. The cable cost around £180,000 to install, a fraction of the £2.4m spent on repairs after ' +
              'the last major landslip.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The pass will be watched with particular interest next summer, when the final stage of the Tour of ' +
              'the Aldine Coast cycle race is due to finish at its summit. Engineers say that summer slips are ' +
              'rare, but that the race organisers will have access to the monitoring data in the days before the ' +
              'stage.',
          },
        ],
      },
    ],
  },
  {
    slug: 'cover-crops-trial-aldine-valley-soil',
    section: 'science',
    status: 'published',
    visibility: 'public',
    commentsMode: 'premoderated',
    publishedHoursAgo: 380,
    kicker: 'Soil science',
    headline: 'Aldine valley farms trial cover crops to stop soil washing into the river',
    standfirst:
      'Twenty farms are taking part in a three-year study of plants sown between harvests. Early results ' +
      'suggest they can halve the amount of soil lost in heavy rain, with benefits for farms and the river.',
    hero: {
      image: 'harvest-field',
      alt: 'A stylised illustration of a golden field of crops under a wide sky, with a farmhouse in the distance',
      caption: 'Bare fields after harvest are most at risk of erosion during autumn and winter storms',
    },
    tags: ['research', 'floods', 'wildlife'],
    authors: ['nadia-haddad', 'euan-fairlie'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Every winter, heavy rain washes thousands of tonnes of soil from the fields of the Aldine valley ' +
              'into the river. The loss is bad for farmers, who see their most fertile topsoil disappear, and bad ' +
              'for the River Aldine, where the sediment smothers the gravel beds that fish need to spawn and adds ' +
              'to the silt that narrows the channel through Port Aldine.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'A three-year study led by Port Aldine University is testing whether a relatively simple change could ' +
              'make a difference. Twenty farms in the valley have agreed to sow cover crops, such as rye, vetch and ' +
              'clover, on some of their fields after harvest, rather than leaving them bare until spring. The roots ' +
              'hold the soil together, and the leaves break the force of the rain.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The researchers have installed small collection traps at the bottom of test fields, some with cover ' +
              'crops and some without, to measure how much soil runs off during each storm. After the first winter, ' +
              'fields with cover crops lost on average a little under half as much soil as bare fields, and in the ' +
              'heaviest storms the difference was even greater.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Costs and benefits' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Cover crops are not free. Farmers have to buy the seed, sow it at a busy time of year and deal with ' +
              'the crop before planting in spring. Some of the farmers in the trial say the wet autumn made sowing ' +
              'difficult, and a few fields were planted too late to establish properly before the winter. The study ' +
              'is paying participants’ seed costs for the three years of the trial.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'I was sceptical. But when you walk across a field in February and it’s firm and green instead of a ' +
          'sheet of mud, you start to think differently.',
        attribution: 'Owen Prideaux, who farms near Wenmere and is taking part in the trial',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The researchers are also measuring whether the cover crops improve the soil itself, by adding ' +
              'organic matter and encouraging earthworms, and whether this leads to better yields in the following ' +
              'year. Those effects take longer to appear, and the team says it will be at least another two years ' +
              'before it can draw firm conclusions.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'If the results hold up, the study could inform the design of payments to farmers under environmental ' +
              'schemes, which already offer some support for cover crops. The Coast and Rivers Agency, which is ' +
              'part-funding the research, says that keeping soil on fields could also reduce the amount of dredging ' +
              'needed to keep the lower river clear.',
          },
        ],
      },
    ],
  },
];
