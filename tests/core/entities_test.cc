#include "entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors.h"
#include "text.h"

namespace newsann {
namespace {

struct Linked {
  std::string s;
  std::vector<Mention> mentions;
  std::vector<EntityInfo> entities;
  Text text;
  explicit Linked(std::string in) : s(std::move(in)), text(s) {
    mentions = find_actors(text);
    entities = link_entities(text, mentions);
  }
  // The entity of the nth mention whose text is `m` (-1 if none).
  int entity_of(const std::string& m, int nth = 1) const {
    for (const Mention& x : mentions) {
      if (text.str(x.span.b, x.span.e) == m && --nth == 0) return x.entity;
    }
    return -1;
  }
  std::string name_of(const std::string& m) const {
    int e = entity_of(m);
    return e < 0 ? "" : entities[e].name;
  }
};

TEST(Entities, FullNameSurnameAndTitledSurnameAreOneEntity) {
  Linked l("Alexander Lukashenko denied it. Lukashenko said the border was calm, and Mr "
           "Lukashenko later left.");
  int e = l.entity_of("Alexander Lukashenko");
  ASSERT_GE(e, 0);
  EXPECT_EQ(l.entity_of("Lukashenko", 1), e);
  EXPECT_EQ(l.entity_of("Lukashenko", 2), e);
  EXPECT_EQ(l.entities[e].name, "Alexander Lukashenko");
  EXPECT_EQ(l.entities[e].type, ActorType::kPerson);
}

TEST(Entities, AnArabicSurnameWithoutItsArticleIsThePerson) {
  Linked l("Syrian President Bashar al-Assad spoke on Monday.\n\nThe rebels called for the overthrow of Assad, "
           "even though it was clear.\n");
  const int e = l.entity_of("Bashar al-Assad");
  ASSERT_GE(e, 0);
  EXPECT_EQ(l.entity_of("Assad"), e);
  EXPECT_EQ(l.entities[e].type, ActorType::kPerson);
}

TEST(Entities, SurnameBeforeTheFullNameStillLinks) {
  Linked l("Merkel arrived first. Later Angela Merkel spoke.");
  EXPECT_GE(l.entity_of("Merkel"), 0);
  EXPECT_EQ(l.entity_of("Merkel"), l.entity_of("Angela Merkel"));
  EXPECT_EQ(l.name_of("Merkel"), "Angela Merkel");
}

TEST(Entities, AliasesAndAcronymsLink) {
  Linked l("The EU met on Monday. The European Union said the U.S. and the United States "
           "agreed.");
  EXPECT_GE(l.entity_of("EU"), 0);
  EXPECT_EQ(l.entity_of("EU"), l.entity_of("European Union"));
  EXPECT_EQ(l.name_of("EU"), "European Union");
  EXPECT_EQ(l.entity_of("U.S."), l.entity_of("United States"));
}

TEST(Entities, AcronymsOfNamesOutsideTheLexiconsLink) {
  Linked l("The Belarusian State Border Committee (BSBC) spoke. The BSBC later denied it.");
  int e = l.entity_of("Belarusian State Border Committee");
  ASSERT_GE(e, 0);
  EXPECT_EQ(l.entity_of("BSBC", 2), e);
}

TEST(Entities, GroupsWithTheSameNounAreOneEntity) {
  Linked l("Polish border guards stopped migrants. The border guards then let the migrants go.");
  int e = l.entity_of("Polish border guards");
  ASSERT_GE(e, 0);
  EXPECT_EQ(l.entity_of("border guards"), e);
  EXPECT_EQ(l.entities[e].name, "Polish border guards");
  EXPECT_NE(l.entity_of("migrants"), e);
  EXPECT_EQ(l.entity_of("migrants", 1), l.entity_of("migrants", 2));
}

TEST(Entities, DifferentPeopleStayApart) {
  Linked l("Hillary Clinton and Donald Trump debated. Clinton won, Trump said.");
  EXPECT_NE(l.entity_of("Hillary Clinton"), l.entity_of("Donald Trump"));
  EXPECT_EQ(l.entity_of("Clinton"), l.entity_of("Hillary Clinton"));
  EXPECT_EQ(l.entity_of("Trump"), l.entity_of("Donald Trump"));
}

TEST(Entities, PronounsTakeTheirAntecedentsEntity) {
  std::string s = "Anna Mikhalska spoke. She said the migrants were calm. He said so.";
  Text t(s);
  std::vector<Mention> ms = find_actors(t);
  int anna = -1;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (t.str(ms[i].span.b, ms[i].span.e) == "Anna Mikhalska") anna = static_cast<int>(i);
  }
  ASSERT_GE(anna, 0);
  Mention she;
  she.span = ByteSpan{static_cast<uint32_t>(s.find("She")), static_cast<uint32_t>(s.find("She") + 3)};
  she.pronoun = true;
  she.antecedent = anna;
  ms.push_back(she);
  Mention he;  // unresolved
  he.span = ByteSpan{static_cast<uint32_t>(s.find("He")), static_cast<uint32_t>(s.find("He") + 2)};
  he.pronoun = true;
  he.antecedent = -1;
  ms.push_back(he);
  Mention chained = she;  // a pronoun whose antecedent is a pronoun
  chained.antecedent = static_cast<int>(ms.size() - 2);
  ms.push_back(chained);
  std::vector<EntityInfo> es = link_entities(t, ms);
  EXPECT_EQ(ms[ms.size() - 3].entity, ms[anna].entity);
  EXPECT_EQ(ms[ms.size() - 2].entity, -1);  // unresolved pronouns get no entity
  EXPECT_EQ(ms[ms.size() - 1].entity, ms[anna].entity);
  EXPECT_EQ(es[ms[anna].entity].name, "Anna Mikhalska");  // a pronoun never names an entity
}

TEST(Entities, EveryMentionGetsAnEntityInReadingOrder) {
  Linked l("Reuters said Poland and Belarus blamed migrants. Poland denied it.");
  for (const Mention& m : l.mentions) EXPECT_GE(m.entity, 0);
  uint32_t last = 0;
  for (const EntityInfo& e : l.entities) {
    ASSERT_FALSE(e.mentions.empty());
    uint32_t first = l.mentions[e.mentions[0]].span.b;
    EXPECT_GE(first, last);
    last = first;
  }
}

}  // namespace
}  // namespace newsann
