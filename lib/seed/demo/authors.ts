import type { DemoAuthor } from './types.ts';

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'anjali-rao',
    name: 'Anjali Rao',
    role: 'Political editor',
    bio:
      'Anjali Rao has covered politics on the Aldine Coast for twelve years, first for a regional news agency and ' +
      'since 2019 for The Meridian. She writes about the council, the regional authority and how decisions are really ' +
      'made. She lives in Eastcliff and still cycles to every council meeting.',
  },
  {
    slug: 'tomasz-wierzbicki',
    name: 'Tomasz Wierzbicki',
    role: 'City and transport correspondent',
    bio:
      'Tomasz Wierzbicki reports on Port Aldine’s streets, buses, trains and ferries, and on the planning decisions ' +
      'that shape them. Before joining The Meridian he spent six years as a reporter on a weekly paper in the Aldine ' +
      'valley.',
  },
  {
    slug: 'grace-adeyemi',
    name: 'Grace Adeyemi',
    role: 'Business editor',
    bio:
      'Grace Adeyemi leads The Meridian’s business coverage, from the container terminal to the independent shops of ' +
      'the Old Town. She trained as an accountant before moving into journalism and is particularly interested in ' +
      'small firms and the local jobs market.',
  },
  {
    slug: 'euan-fairlie',
    name: 'Euan Fairlie',
    role: 'Climate correspondent',
    bio:
      'Euan Fairlie writes about flooding, coastal erosion, energy and nature recovery along the Aldine Coast. He grew ' +
      'up in a fishing family in Saltby and has a master’s degree in environmental science.',
  },
  {
    slug: 'nadia-haddad',
    name: 'Nadia Haddad',
    role: 'Science editor',
    bio:
      'Nadia Haddad covers research at Port Aldine University, the Aldine General Infirmary and the region’s field ' +
      'stations. A former marine biologist, she has a habit of asking to see the data. She also edits the Thursday ' +
      'science newsletter.',
  },
  {
    slug: 'felix-amberley',
    name: 'Felix Amberley',
    role: 'Culture editor',
    bio:
      'Felix Amberley reviews theatre, music and books and reports on the venues and organisations that keep the ' +
      'city’s cultural life going. He has been The Meridian’s culture editor since 2021 and sits on the judging panel ' +
      'of the Aldine Coast Book Prize.',
  },
  {
    slug: 'sofia-marques',
    name: 'Sofia Marques',
    role: 'Chief sports writer',
    bio:
      'Sofia Marques has followed Port Aldine Athletic home and away for nine seasons and writes about every sport ' +
      'played on the Aldine Coast, from county cricket to the harbour regatta. She played semi-professional football ' +
      'until a knee injury ended her career.',
  },
  {
    slug: 'kwame-mensah',
    name: 'Kwame Mensah',
    role: 'Social affairs correspondent',
    bio:
      'Kwame Mensah reports on housing, health and schools, and on how public services work for the people who rely ' +
      'on them. He joined The Meridian from a national housing charity, where he ran its research team.',
  },
];
