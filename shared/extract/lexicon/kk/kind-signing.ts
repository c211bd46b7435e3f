/**
 * Kazakh words that set a signing inside talks or a meeting (read by ../../kk-signing.ts). By the labelling
 * conventions documents signed at talks belong to the talks: the event is the meeting, and a signing is the
 * event only when its ceremony is itself reported. Data only.
 */
export const SIGNING_AT_TALKS_KK = {
  /**
   * Talks or a meeting held, or the frame of one: «келіссөз жүргізді», «шағын және кеңейтілген құрамда», «кездесу
   * барысында», «келіссөздерден кейін» (after the talks), «кездесуде» (at the meeting).
   */
  talks: [
    'келіссөз жүргіз*',
    'келіссөздер жүргіз*',
    'келіссөз жасас*',
    'келіссөздер жасас*',
    'кеңейтілген құрам*',
    'шағын құрам*',
    'кездесті',
    'жүздесті',
    'кездесуде',
    'кездесуінде',
    'кездесу барысында',
    'кездесу кезінде',
    'кездесу аясында',
    'кездесу қорытындысы*',
    'келіссөз барысында',
    'келіссөздер барысында',
    'келіссөз қорытындысы*',
    'келіссөздер қорытындысы*',
    'келіссөзден кейін',
    'келіссөздерден кейін',
  ],
  /**
   * A signing set in a trip in its own sentence («үш күндік іссапар барысында … қол қойды»): a delegation's trip
   * whose outcome is the documents; the talks told after it are items of that trip, so the event is the visit.
   */
  trip: ['іссапар барысында', 'іс-сапар барысында', 'іссапары барысында', 'іс-сапары барысында'],
  /** The signing ceremony named as such: then it is the event. */
  ceremony: ['қол қою рәсім*', 'салтанатты түрде қол қой*'],
  /** Another time: talks of earlier years or still to come are not this signing's setting. */
  otherTime: ['болатын', 'алдағы', 'өтеді', 'өткізіледі', 'жоспарлан*', 'бұған дейін', 'былтыр*'],
};
