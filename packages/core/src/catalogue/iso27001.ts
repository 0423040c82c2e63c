import type { ClauseCatalogue } from './catalogue.js';

/** The inputs of ISO/IEC 27001:2022 clause 9.3.2, a) to g), with d) detailed as d1)–d4). */
export const iso27001_2022: ClauseCatalogue = {
  id: 'iso27001-2022',
  standard: 'ISO/IEC 27001:2022',
  clause: '9.3.2',
  inputs: [
    { id: 'a', clause: '9.3.2 a', title: 'Status of actions from previous management reviews' },
    {
      id: 'b',
      clause: '9.3.2 b',
      title: 'Changes in external and internal issues that are relevant to the information security management system',
    },
    {
      id: 'c',
      clause: '9.3.2 c',
      title: 'Changes in needs and expectations of interested parties that are relevant to the ISMS',
    },
    { id: 'd', clause: '9.3.2 d', title: 'Feedback on the information security performance, including trends' },
    { id: 'd1', clause: '9.3.2 d 1', parentId: 'd', title: 'Nonconformities and corrective actions' },
    { id: 'd2', clause: '9.3.2 d 2', parentId: 'd', title: 'Monitoring and measurement results' },
    { id: 'd3', clause: '9.3.2 d 3', parentId: 'd', title: 'Audit results' },
    { id: 'd4', clause: '9.3.2 d 4', parentId: 'd', title: 'Fulfilment of information security objectives' },
    { id: 'e', clause: '9.3.2 e', title: 'Feedback from interested parties' },
    { id: 'f', clause: '9.3.2 f', title: 'Results of risk assessment and status of risk treatment plan' },
    { id: 'g', clause: '9.3.2 g', title: 'Opportunities for continual improvement' },
  ],
};
