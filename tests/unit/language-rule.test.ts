/** The language rule the e2e walk applies to every panel (tests/e2e/language-rule.ts, issue 12 item 8). */
import { describe, expect, it } from 'vitest';
import { chineseSentences, latinRuns } from '../e2e/language-rule.ts';

describe('the Chinese page rule: no run of three or more Latin words', () => {
  it('flags an English phrase, wherever it sits among Chinese', () => {
    expect(latinRuns('存疑：the point was estimated')).toEqual(['the point was estimated']);
    expect(latinRuns('济南东 as a station on the line')).toEqual(['as a station on the line']);
    expect(latinRuns('日期 (unknown date here)')).toEqual(['unknown date here']);
  });

  it('lets two Latin words pass, and Chinese characters break a run', () => {
    expect(latinRuns('Jinan East 站')).toEqual([]);
    expect(latinRuns('MIT 许可 and 再 more 词 words')).toEqual([]);
  });

  it('treats codes, file names and numbers as no words, and they break a run', () => {
    expect(latinRuns('经 gcoord 1.0.7 转为 WGS84 坐标 GCJ-02 properties.cp rail-corrections.md S5')).toEqual([]);
    expect(latinRuns('see notes WGS84 and more')).toEqual([]);
  });

  it('exempts URLs, quoted source text and the names the data holds', () => {
    expect(latinRuns('见 https://example.org/a/long/path and more text')).toEqual(['and more text']);
    expect(latinRuns('条目"Zhangqiubei Railway Station"；《International Railway Journal》')).toEqual([]);
    expect(latinRuns('中德生态园 Sino-German Ecopark Qingdao', ['Sino-German Ecopark Qingdao'])).toEqual([]);
    expect(latinRuns('Sino-German Ecopark Qingdao', [])).toEqual(['Sino-German Ecopark Qingdao']);
  });

  it('ends a run at sentence punctuation after a word', () => {
    expect(latinRuns('Jinan East. Next stop')).toEqual([]);
    expect(latinRuns('one two; three four')).toEqual([]);
  });
});

describe('the English page rule: no Chinese sentence', () => {
  it('flags Chinese clauses joined by Chinese punctuation', () => {
    expect(chineseSentences('note: 通车后，从齐河出发到济南西站，只需短短20分钟')).toEqual(['通车后，从齐河出发到济南西站，只需短短']);
  });

  it('lets Chinese names inside English sentences pass, and quotes and brackets', () => {
    expect(chineseSentences('成灌 on 公交化运营 from 2019; stations 新民, 三道堰')).toEqual([]);
    expect(chineseSentences('scope “长沙市全域、株洲市中心城区” (主要包括、规划范围拓展到)')).toEqual([]);
    expect(chineseSentences('in 济南、青岛', ['济南', '青岛'])).toEqual([]);
    expect(chineseSentences("layout '一区引领、三片支撑'; Xi'an and 济南、青岛以及")).toEqual(['济南、青岛以及']);
  });
});
