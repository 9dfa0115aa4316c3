import type { DemoArticle } from '../types.ts';

export const cultureArticles: DemoArticle[] = [
  {
    slug: 'aldine-coast-festival-announces-line-up',
    section: 'culture',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 12,
    kicker: 'Festivals',
    headline: 'Aldine Coast Festival announces its biggest line-up in a decade for next July',
    standfirst:
      'More than sixty acts will play across four days on Marram Fields, with a new stage on the harbour ' +
      'wall. Residents of the Aldine Coast will again be offered discounted tickets before general sale.',
    hero: {
      image: 'concert-stage',
      alt: 'A stylised illustration of an outdoor concert stage with coloured lights and a crowd in silhouette',
      caption: 'Last summer’s festival sold out for the first time in its history',
    },
    tags: ['music', 'tourism'],
    authors: ['felix-amberley'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Aldine Coast Festival will return to Marram Fields next July with its biggest line-up for a ' +
              'decade, the organisers announced last night. More than sixty acts will play across four days, from ' +
              'the indie band Velvet Cartography, who headline the main stage on the Saturday, to the Skerrin ' +
              'Ceilidh Collective, who will close the festival on the Sunday evening with what they promise will be ' +
              'a very long dance.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The festival, which began in 1994 as a single afternoon of folk music in a marquee, now attracts ' +
              'around 18,000 people a day. Last summer it sold out for the first time, and the organisers say they ' +
              'have used the proceeds to add a third stage and to improve the facilities that drew the most ' +
              'complaints, notably the queues for water and the shuttle buses from the station.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'A stage on the harbour wall' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The most striking addition is a small stage on the old harbour wall in the Old Town, which will host ' +
              'free afternoon concerts during the festival week. The programme there will focus on musicians from ' +
              'the Aldine Coast, including the singer-songwriter Maeve Lonergan, whose debut album was recorded in ' +
              'a converted net loft in Saltby, and the Dele Fairweather Quintet.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'We wanted part of the festival to belong to the whole city, including the people who will never buy ' +
          'a ticket. The harbour wall felt like the right place to do that.',
        attribution: 'Rosa Tennant, director of the Aldine Coast Festival',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tickets go on sale in two weeks, with a 48-hour window beforehand in which residents of the Aldine ' +
              'Coast can buy them at a discount of about a quarter. Organisers said the residents’ scheme had been ' +
              'popular last year but that some tickets had been resold at inflated prices, and that this time each ' +
              'ticket would carry the buyer’s name and require identification at the gate.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Local businesses have generally welcomed the festival’s growth, which they say brings welcome trade ' +
              'in the Old Town and at Fennick Bay. Some residents of the streets nearest Marram Fields remain less ' +
              'enthusiastic, citing noise and parking problems. The organisers say the main stages will finish at ' +
              '11pm each night, half an hour earlier than last year, and that they will fund extra parking ' +
              'enforcement in the surrounding streets.',
          },
        ],
      },
    ],
  },
  {
    slug: 'the-salt-road-harbour-theatre-review',
    section: 'culture',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 84,
    kicker: 'Theatre review',
    headline: 'The Salt Road at the Harbour Theatre: a quietly devastating homecoming',
    standfirst:
      'Ellen Crowhurst’s new play follows a woman returning to the fishing village she left thirty years ' +
      'ago. It is funny, precise and unsentimental, and it deserves a life well beyond the Aldine Coast.',
    hero: {
      image: 'concert-stage',
      alt: 'A stylised illustration of a theatre stage lit by spotlights, with an audience in silhouette in the foreground',
      caption: 'The Salt Road runs at the Harbour Theatre until the middle of December',
    },
    tags: ['theatre'],
    authors: ['felix-amberley'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'There is a moment early in The Salt Road when Jean, home in Saltby for her father’s funeral, stands ' +
              'in his kitchen and opens a drawer. It is full of elastic bands, seed packets and the keys to a boat ' +
              'that was sold twenty years ago. She closes it again without a word. Ellen Crowhurst’s new play, ' +
              'which opened at the Harbour Theatre this week, is full of moments like this: small, exact and much ' +
              'more painful than they first appear.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Jean left Saltby at eighteen, and has spent three decades building a life in the city that her ' +
              'family regards with a mixture of pride and suspicion. Over the course of a long weekend, she has to ' +
              'deal with her brother Alan, who stayed and took over the boat until the fishing ran out, with an old ' +
              'school friend who never left, and with the question of what to do with the house.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Crowhurst, who grew up in Kestlewick, writes dialogue that sounds like people actually talking, with ' +
              'all the evasions, jokes and half-finished sentences that implies. The play is often very funny, ' +
              'particularly in a long scene in which the siblings argue about the arrangements for the wake, and it ' +
              'never tips into the sentimentality that so often affects plays about coastal communities in decline.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Performances of real restraint' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'As Jean, Ruth Ademola-Kerr gives a performance of remarkable control, conveying years of guilt and ' +
              'affection with little more than the way she holds a teacup. Callum Breck is equally fine as Alan, ' +
              'whose resentment of his sister is obvious from the start but whose reasons for it emerge only ' +
              'gradually. Their final scene together, on the harbour wall at dawn, left much of the audience in ' +
              'tears.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'You got to leave. That’s the whole of it. You got to leave, and I got to be the one who didn’t.',
        attribution: 'Alan, in The Salt Road',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Tobias Lennard’s production is simple and well judged. The set, a kitchen that opens out at the back ' +
              'on to the harbour, is used with great economy, and the sound design, mostly wind, gulls and the ' +
              'distant clink of rigging, does a great deal of quiet work. If the second act sags slightly during a ' +
              'subplot about a planning dispute, that is a small complaint about a play of real quality.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Harbour Theatre has commissioned new plays from writers in the region for several years, with ' +
              'mixed results. This is the best of them so far, and one of the finest new plays I have seen anywhere ' +
              'this year. It deserves to be seen well beyond the Aldine Coast, and it would be no surprise if a ' +
              'larger theatre were to take it on.',
          },
        ],
      },
    ],
  },
  {
    slug: 'central-library-seven-day-opening',
    section: 'culture',
    status: 'published',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 150,
    kicker: 'Libraries',
    headline: 'Port Aldine Central Library to open seven days a week for the first time since 2011',
    standfirst:
      'A bequest from a former head librarian and a new volunteer scheme will pay for Sunday and longer ' +
      'evening opening. The library will also open a makerspace and a quiet study floor for students.',
    hero: {
      image: 'library-reading',
      alt: 'A stylised illustration of a library reading room with tall bookshelves, tables and reading lamps',
      caption: 'The Central Library’s reading room was restored ten years ago',
    },
    tags: ['books', 'budget'],
    authors: ['felix-amberley', 'kwame-mensah'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Port Aldine’s Central Library will open seven days a week from the new year, for the first time ' +
              'since Sunday opening was cut during a round of council savings in 2011. The library will also stay ' +
              'open until 8pm on weekdays, two hours later than at present, and will open a makerspace with 3D ' +
              'printers and sewing machines on its second floor.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The longer hours have been made possible by a bequest of £1.3m from Margaret Oyelaran, who worked at ' +
              'the library for 38 years and was head librarian for the last twelve of them. She died last year, ' +
              'aged 91, and left the money on condition that it be used “to keep the doors open for longer, not to ' +
              'repaint them”.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The bequest will fund the additional paid staff needed for Sunday opening for at least ten years. A ' +
              'new scheme for volunteers, who will help with activities such as homework clubs and computer ' +
              'sessions, will support the longer weekday evenings. The council has said that volunteers will not ' +
              'replace paid library staff, a commitment the library workers’ union has asked to see in writing.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'Margaret used to say that a library was the only place in the city where nobody could ask you what ' +
          'you were doing there. She wanted that to be true on Sundays as well.',
        attribution: 'Kemi Oyelaran, her niece',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The library’s third floor will become a quiet study space, with bookable desks and reliable wifi, ' +
              'aimed at students from the university and sixth forms who say they struggle to find somewhere to ' +
              'work outside term-time hours. Library staff said that students had been queuing outside the building ' +
              'before it opened on weekday mornings during the exam season.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Use of the Central Library has been recovering steadily since the pandemic, with visits last year ' +
              'reaching almost 400,000, and the children’s library is busier than it has been for a decade. Staff ' +
              'say Sunday opening will allow families who work during the week to use the library together, and ' +
              'that they expect Sunday afternoons to become one of the busiest times of the week.',
          },
        ],
      },
    ],
  },
  {
    slug: 'the-ropewalk-saved-by-community-share-offer',
    section: 'culture',
    status: 'published',
    visibility: 'members',
    commentsMode: 'open',
    publishedHoursAgo: 240,
    kicker: 'Music venues',
    headline: 'The Ropewalk, Port Aldine’s oldest music venue, saved by a community share offer',
    standfirst:
      'More than 2,300 people bought shares to raise £640,000, enough to buy the building from its ' +
      'landlord. The venue will now be owned by its audience and run as a cooperative.',
    hero: {
      image: 'skyline-night',
      alt: 'A stylised city skyline at night, with rooftops and lit windows against a dark blue sky',
      caption: 'The Ropewalk has hosted live music in the Dockside since 1978',
    },
    tags: ['music', 'jobs'],
    authors: ['felix-amberley', 'grace-adeyemi'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The Ropewalk, the long, narrow former rope factory in Dockside that has been Port Aldine’s ' +
              'best-loved music venue for more than four decades, has been saved from closure after a community ' +
              'share offer raised £640,000 in six weeks. The money will allow a new cooperative to buy the freehold ' +
              'of the building, which its landlord had put up for sale last spring.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'More than 2,300 people bought shares, with a minimum investment of £50. The largest single ' +
              'investment was £20,000, but organisers said most came in amounts of between £100 and £500, from ' +
              'people who had seen their first gig at the venue, met their partners there, or in several cases ' +
              'played on its stage. Shareholders come from 19 countries.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The venue’s manager, Jess Okonkwo, said the response had been overwhelming. “For six weeks we ' +
              'watched the total go up every morning, and every time it slowed down, somebody would post a story ' +
              'about a night they had here and it would jump again,” she said. The final £40,000 was raised in the ' +
              'last 48 hours of the offer.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'What changes now' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Under the cooperative model, every shareholder will have one vote, regardless of how much they ' +
              'invested, and will elect a board to oversee the venue. The day-to-day running will stay with the ' +
              'existing staff. The cooperative plans to use part of the money to improve the venue’s accessibility, ' +
              'including a lift to the upper bar and a platform for wheelchair users.',
          },
        ],
      },
      {
        type: 'quote',
        text: 'This building has been owned by a lot of people over the years. Now it is owned by the people who actually love it.',
        attribution: 'Jess Okonkwo, manager of the Ropewalk',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Small music venues across the country have been closing at an alarming rate, squeezed by rising ' +
              'costs and by landlords who can earn more from redevelopment. The Ropewalk’s campaigners say they ' +
              'hope the cooperative model can be copied elsewhere on the Aldine Coast, and have offered to share ' +
              'their legal documents and advice with other venues facing similar threats.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The financial challenge is not over. Buying the building removes the threat of redevelopment, but ' +
              'the venue still has to cover its running costs from ticket and bar sales. The cooperative’s business ' +
              'plan assumes modest growth in audiences and a programme of daytime events, including rehearsal space ' +
              'for young bands and a monthly record fair.',
          },
        ],
      },
    ],
  },
  {
    slug: 'herring-weather-novel-review',
    section: 'culture',
    status: 'published',
    visibility: 'public',
    commentsMode: 'closed',
    publishedHoursAgo: 460,
    kicker: 'Book review',
    headline: 'Herring Weather: a debut novel that gets the sea and the fishing fleet exactly right',
    standfirst:
      'Cait Morrow’s first novel follows a skipper’s daughter through the last good years of the Saltby ' +
      'herring fleet. It is a patient, beautifully made book, and the best fiction about the Aldine Coast ' +
      'in years.',
    hero: {
      image: 'library-reading',
      alt: 'A stylised illustration of a library reading room with tall bookshelves, tables and reading lamps',
      caption: 'Herring Weather is published by Skerrin Press at £16.99',
    },
    tags: ['books', 'fishing'],
    authors: ['felix-amberley'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Novels about fishing communities tend to fall into one of two traps. Either they treat the sea as a ' +
              'backdrop for a love story that could take place anywhere, or they pile on so much salt, weather and ' +
              'hardship that the characters disappear beneath it. Cait Morrow’s Herring Weather avoids both, and ' +
              'the result is one of the most assured debuts I have read in a long time.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The novel follows Ailsa Gow, the eldest daughter of a Saltby skipper, from the age of twelve to her ' +
              'early thirties, during the years in which the herring shoals that had sustained the village for ' +
              'centuries dwindled and then, almost overnight, disappeared. Her father’s boat, the Brightwater, is ' +
              'at the centre of the family’s life and, as the catches fall, of its slow unravelling.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Morrow, who grew up in Saltby and whose grandfather fished from the harbour, knows this world ' +
              'intimately, and it shows in details that no amount of research could supply: the smell of the net ' +
              'loft in August, the particular silence of a kitchen when the boat is late, the rituals of luck that ' +
              'nobody believes in and everybody observes. The technical passages about fishing are precise without ' +
              'ever feeling like a lecture.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'The sea had given them everything and asked only that they never turn their backs on it. Her father ' +
          'said that was a fair trade. Her mother said it depended who was doing the asking.',
        attribution: 'From Herring Weather',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'What lifts the book above a fine piece of social history is Ailsa herself. She is clever, stubborn ' +
              'and often wrong, and Morrow lets her make mistakes without rescuing her. Her relationship with her ' +
              'mother, a woman of fierce intelligence whose own ambitions were set aside for the boat, is the ' +
              'emotional core of the novel, and it is handled with unusual subtlety.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'There are flaws. The final section, set in Port Aldine in the 1980s, moves too quickly, and a late ' +
              'revelation about the Brightwater feels more engineered than the rest of the book. But these are the ' +
              'stumbles of a writer with real ambition. Skerrin Press, a small publisher based on the islands, ' +
              'deserves credit for taking a chance on it; larger publishers should take note.',
          },
        ],
      },
    ],
  },
  {
    slug: 'aldine-sinfonia-new-conductor-interview',
    section: 'culture',
    status: 'draft',
    visibility: 'public',
    commentsMode: 'open',
    publishedHoursAgo: 8,
    kicker: 'Interview',
    headline: 'The Aldine Sinfonia’s new conductor on taking the orchestra out of the concert hall',
    standfirst:
      'Yusuf Halloran-Diaz is 34, grew up in Kestle Point and learned the trumpet in a school brass band. ' +
      'He wants the region’s orchestra to play on ferries, in factories and on the harbour wall.',
    hero: {
      image: 'concert-stage',
      alt: 'A stylised illustration of a concert stage lit by spotlights, with rows of seats in the foreground',
      caption: 'The Sinfonia’s first concert under its new conductor will take place in February',
    },
    tags: ['music', 'schools'],
    authors: ['felix-amberley'],
    body: [
      {
        type: 'paragraph',
        content: [
          {
            text:
              'Yusuf Halloran-Diaz did not grow up going to concerts. The first orchestra he ever heard live was ' +
              'the Aldine Sinfonia, playing to a school hall in Kestle Point when he was nine, and he remembers ' +
              'mostly being astonished by how loud it was. Twenty-five years later, he has been appointed the ' +
              'orchestra’s principal conductor, the first person from the Aldine Coast to hold the post.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'He learned the trumpet in his school’s brass band, went on to study at a conservatoire and has spent ' +
              'the past decade working with orchestras across Europe, most recently as assistant conductor of a ' +
              'large symphony orchestra in Scandinavia. He says he accepted the Sinfonia’s offer within an hour of ' +
              'receiving it, and then spent the rest of the day wondering whether he had been too hasty.',
          },
        ],
      },
      { type: 'heading', level: 2, text: 'Music where people are' },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'His plans for the orchestra are ambitious. Alongside its usual season at the Assembly Rooms, he ' +
              'wants the Sinfonia to perform in places where orchestral music is rarely heard: on the Narrows ' +
              'ferry, in the canteen of the Calloway Marine shipyard, in hospital wards and, for one summer evening ' +
              'a year, on the harbour wall in the Old Town.',
          },
        ],
      },
      {
        type: 'quote',
        text:
          'If people won’t come to the concert hall, that’s not their problem. It’s ours. We have to go to them ' +
          'first, and then maybe they’ll come to us.',
        attribution: 'Yusuf Halloran-Diaz, principal conductor of the Aldine Sinfonia',
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'He also wants to rebuild the orchestra’s work with schools, which he says saved his own life in ' +
              'music. Funding cuts have reduced the number of free instrument lessons in the region’s schools, and ' +
              'he hopes to use his profile to raise money for a scheme that would give every child in a Port Aldine ' +
              'primary school the chance to learn an instrument for a year.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            text:
              'The orchestra’s board says it is fully behind the plans, though it acknowledges that taking a ' +
              'seventy-piece orchestra on to a ferry presents what its chair calls “some interesting logistical ' +
              'questions”. Halloran-Diaz is unconcerned. “We start with a string quartet,” he said. “Then we see ' +
              'how many players the ferry will hold.”',
          },
        ],
      },
    ],
  },
];
