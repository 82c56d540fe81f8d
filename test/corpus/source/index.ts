import { huoqiuKjtp } from './anhui-huoqiu-2022';
import { jinzhaiWhole } from './anhui-jinzhai-2023';
import { xiaoxianYanglou } from './anhui-xiaoxian-2023';
import { shouxianWhole } from './anhui-shouxian-2023';
import { zhongxianTujing } from './chongqing-zhongxian-2021';
import { kexuechengMedia } from './chongqing-kexuecheng-2021';
import { haidianCleaning } from './beijing-haidian-2016';
import { hainanTrade } from './hainan-haikou';
import { jinbuFuel } from './unnamed-jinbu-2020';
import { wholeScoreSheet } from './unnamed-whole-2017';
import { hengshanGrain } from './hunan-hengshan-2020';
import { ezhouAffairs, ezhouThirdParty } from './hubei-ezhou-2019';
import { guangshuiRoads } from './hubei-guangshui-2021';
import { xiangyangDongjin } from './hubei-xiangyang-2021';
import { nanchangCancha } from './jiangxi-nanchang-2021';
import { shidianFarms } from './yunnan-shidian-2019';
import { dayingAnke, dayingTail } from './sichuan-daying-2023';
import { yuanzhouPotato } from './ningxia-yuanzhou-2022';
import { suiyangTaibai } from './guizhou-suiyang-2021';
import { chenganCentenarians } from './hebei-chengan-2020';
import { linglingForestry } from './hunan-lingling-2021';
import type { CorpusForm, CorpusWorkbook } from './types';

/** The corpus workbooks: one per publishing unit, its forms in print order. */
export const WORKBOOKS: CorpusWorkbook[] = [
  { file: 'anhui-huoqiu-2022.xlsx', forms: [huoqiuKjtp] },
  { file: 'anhui-jinzhai-2023.xlsx', forms: [jinzhaiWhole] },
  { file: 'anhui-shouxian-2023.xlsx', forms: [shouxianWhole] },
  { file: 'sichuan-daying-2023.xlsx', forms: [dayingTail, dayingAnke] },
  { file: 'chongqing-zhongxian-2021.xlsx', forms: [zhongxianTujing] },
  { file: 'hunan-hengshan-2020.xlsx', forms: [hengshanGrain] },
  { file: 'hubei-guangshui-2021.xlsx', forms: [guangshuiRoads] },
  { file: 'yunnan-shidian-2019.xlsx', forms: [shidianFarms] },
  { file: 'anhui-xiaoxian-2023.xlsx', forms: [xiaoxianYanglou] },
  { file: 'hubei-ezhou-2019.xlsx', forms: [ezhouThirdParty, ezhouAffairs] },
  { file: 'jiangxi-nanchang-2021.xlsx', forms: [nanchangCancha] },
  { file: 'hubei-xiangyang-2021.xlsx', forms: [xiangyangDongjin] },
  { file: 'chongqing-kexuecheng-2021.xlsx', forms: [kexuechengMedia] },
  { file: 'beijing-haidian-2016.xlsx', forms: [haidianCleaning] },
  { file: 'ningxia-yuanzhou-2022.xlsx', forms: [yuanzhouPotato] },
  { file: 'guizhou-suiyang-2021.xlsx', forms: [suiyangTaibai] },
  { file: 'hebei-chengan-2020.xlsx', forms: [chenganCentenarians] },
  { file: 'hunan-lingling-2021.xlsx', forms: [linglingForestry] },
  { file: 'hainan-haikou.xlsx', forms: [hainanTrade] },
  { file: 'unnamed-jinbu-2020.xlsx', forms: [jinbuFuel] },
  { file: 'unnamed-whole-2017.xlsx', forms: [wholeScoreSheet] },
];

export const FORMS: CorpusForm[] = WORKBOOKS.flatMap((w) => w.forms);
