import { randomBytes } from 'node:crypto';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

/** A street no other test writes: random letters, so no other address comes near it. */
function uniqueStreet(): string {
  const letters = Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join(
    '',
  );
  return `${letters}路88号`;
}

/** A brand no other test writes: random earthly branches and heavenly stems. */
function uniqueBrand(): string {
  const characters = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  return Array.from(randomBytes(6), (byte) => characters[byte % characters.length]).join('');
}

describe('duplicate check (查重)', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep3: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep3] = await signInAll(t, 'admin rep1 rep3');
  });
  afterAll(() => t.app.close());

  describe('the address rule on its own', () => {
    it('warns of another customer at the same address, whatever its name (409, then 201 when acknowledged)', async () => {
      const street = uniqueStreet();
      const first = await newCustomer(t, rep1, {
        addresses: [
          { type: 'office', province: '上海市', city: '上海市', district: '浦东新区', street },
        ],
      });
      const draft = {
        kind: 'company',
        name: uniqueCompanyName(),
        addresses: [
          {
            type: 'office',
            province: '上海市',
            city: '上海市',
            district: '浦东新区',
            // the same street, with full-width digits and spaces
            street: `${street.replace('88', '８８').replace('路', ' 路 ')}`,
          },
        ],
      };
      const warned = await t.as(rep3).post('/api/v1/customers').send(draft).expect(409);
      expect(warned.body.duplicates).toEqual([
        expect.objectContaining({
          id: first.id,
          matchedOn: ['address'],
          blocking: false,
          readable: false,
        }),
      ]);
      await t
        .as(rep3)
        .post('/api/v1/customers')
        .query({ acknowledgeDuplicates: true })
        .send(draft)
        .expect(201);
    });

    it('POST duplicates/check with only an address lists the customers at it', async () => {
      const street = uniqueStreet();
      const first = await newCustomer(t, rep1, {
        addresses: [{ type: 'office', province: '浙江省', city: '杭州市', street }],
      });
      const second = await newCustomer(t, admin, {
        kind: 'person',
        name: '王小明',
        addresses: [
          { type: 'home', city: '北京市', street: 'elsewhere 1' },
          { type: 'office', province: '浙江省', city: '杭州市', street },
        ],
      });
      const checked = await t
        .as(rep3)
        .post('/api/v1/customers/duplicates/check')
        .send({
          kind: 'company',
          addresses: [{ type: 'billing', province: ' 浙江省', city: '杭州市 ', street }],
        })
        .expect(200);
      expect(
        checked.body.duplicates.map((candidate: { id: string }) => candidate.id).sort(),
      ).toEqual([first.id, second.id].sort());
      for (const candidate of checked.body.duplicates) {
        expect(candidate).toMatchObject({ matchedOn: ['address'], blocking: false });
        expect(candidate.score).toBeGreaterThanOrEqual(0.7);
      }

      const elsewhere = await t
        .as(rep3)
        .post('/api/v1/customers/duplicates/check')
        .send({
          kind: 'company',
          addresses: [
            { type: 'office', province: '浙江省', city: '杭州市', street: uniqueStreet() },
          ],
        })
        .expect(200);
      expect(elsewhere.body.duplicates).toEqual([]);
    });

    it('editing a customer does not list the customer itself', async () => {
      const street = uniqueStreet();
      const only = await newCustomer(t, rep1, {
        addresses: [{ type: 'office', province: '江苏省', city: '南京市', street }],
      });
      const checked = await t
        .as(rep1)
        .post('/api/v1/customers/duplicates/check')
        .send({
          kind: 'company',
          excludeId: only.id,
          addresses: [{ type: 'office', province: '江苏省', city: '南京市', street }],
        })
        .expect(200);
      expect(checked.body.duplicates).toEqual([]);
    });
  });

  describe('Chinese company names', () => {
    const check = (as: Tokens, name: string) =>
      t
        .as(as)
        .post('/api/v1/customers/duplicates/check')
        .send({ kind: 'company', name })
        .expect(200)
        .then((response) => response.body.duplicates as Array<{ id: string; matchedOn: string[] }>);

    it('the region first, in brackets or left out: the same company, warned of; another region is not', async () => {
      const brand = uniqueBrand();
      const first = await newCustomer(t, rep1, { name: `上海${brand}科技有限公司` });
      const warned = await t
        .as(rep3)
        .post('/api/v1/customers')
        .send({ kind: 'company', name: `${brand}（上海）科技有限公司` })
        .expect(409);
      expect(warned.body.duplicates).toEqual([
        expect.objectContaining({ id: first.id, matchedOn: ['name'], blocking: false, score: 1 }),
      ]);
      for (const name of [
        `${brand}科技（上海）有限公司`,
        `${brand}科技有限公司`,
        `${brand}科技(上海市)股份有限公司`,
      ]) {
        expect((await check(rep3, name)).map((candidate) => candidate.id)).toEqual([first.id]);
      }
      expect(await check(rep3, `北京${brand}科技有限公司`)).toEqual([]);
      expect(await check(rep3, `${brand}（北京）科技有限公司`)).toEqual([]);
    });

    it('a name in traditional characters matches its simplified form', async () => {
      const brand = uniqueBrand();
      const first = await newCustomer(t, rep1, { name: `華為${brand}技術有限公司` });
      expect(
        (await check(admin, `华为${brand}技术有限公司`)).map((candidate) => candidate.id),
      ).toEqual([first.id]);
    });
  });

  describe('phones (libphonenumber-js)', () => {
    it('a phone without a type gets the one its number tells: mobile for a mobile, work for a landline', async () => {
      const mobile = uniqueMobile();
      const landline = `021-6${mobile.slice(-7)}`;
      const created = await t
        .as(rep1)
        .post('/api/v1/customers')
        .query({ acknowledgeDuplicates: true })
        .send({
          kind: 'company',
          name: uniqueCompanyName(),
          phones: [
            { value: `＋86 ${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}` },
            { value: landline },
            { type: 'fax', value: `0755-8${mobile.slice(-7)}` },
          ],
        })
        .expect(201);
      expect(created.body.phones.map((phone: { type: string }) => phone.type)).toEqual([
        'mobile',
        'work',
        'fax',
      ]);
      const contact = await t
        .as(rep1)
        .post(`/api/v1/customers/${created.body.id}/contacts`)
        .query({ acknowledgeDuplicates: true })
        .send({ person: { name: '赵六', phones: [{ value: uniqueMobile() }] } })
        .expect(201);
      const person = await t
        .as(rep1)
        .get(`/api/v1/customers/${contact.body.person.id}`)
        .expect(200);
      expect(person.body.phones.map((phone: { type: string }) => phone.type)).toEqual(['mobile']);
    });

    it('an invalid number is refused with 400 problem+json naming the field', async () => {
      for (const value of ['12345', '+86 155 1234', '5555 0100', 'call me']) {
        const response = await t
          .as(rep1)
          .post('/api/v1/customers')
          .send({ kind: 'company', name: uniqueCompanyName(), phones: [{ type: 'work', value }] });
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors).toEqual([
          expect.objectContaining({ field: 'phones.0.value' }),
        ]);
      }
    });

    it('the duplicate check takes a number still being typed', async () => {
      const response = await t
        .as(rep1)
        .post('/api/v1/customers/duplicates/check')
        .send({ kind: 'company', phones: [{ value: '1380' }] })
        .expect(200);
      expect(response.body.duplicates).toEqual([]);
    });
  });
});
